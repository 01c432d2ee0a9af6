import type { Me, UnitLink } from '@atrium/sdk';

/** The units the person owns (OWN-1), in number order: the ones with statistics and reports. */
export function ownerUnits(me: Me | null): UnitLink[] {
  return (me?.units ?? [])
    .filter((unit) => unit.roles.includes('owner'))
    .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }));
}
