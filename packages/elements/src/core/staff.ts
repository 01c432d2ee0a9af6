import type { Me, Role } from '@atrium/sdk';

/** The management company's staff roles (the contract's `Role`: manager, director, accountant). */
const staffRoles: readonly Role[] = ['manager', 'director', 'accountant'];

/** Whether the person works for the management company (sees every unit's records). */
export function isStaff(me: Me | null): boolean {
  return (me?.roles ?? []).some((role) => staffRoles.includes(role));
}
