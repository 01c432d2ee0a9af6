import { validators } from '@atrium/sdk';

// The contract's LinkRole values in the contract's order: owner, resident, board member.
const contractOrder = `ARRAY[${validators.LinkRole.options.map((role) => `'${role}'`).join(', ')}]`;

/**
 * The roles of a person's links to a unit, `alias` the person_units rows grouped, as one
 * array in the contract's order.
 */
export const rolesInOrder = (alias: string) =>
  `array_agg(${alias}.role ORDER BY array_position(${contractOrder}, ${alias}.role))`;
