import type { Me, Role, UnitLink } from '@atrium/sdk';

/** The units where the person holds any of `roles`, in number order. */
export function unitsWhere(me: Me | null, roles: readonly Role[]): UnitLink[] {
  return (me?.units ?? [])
    .filter((unit) => unit.roles.some((role) => roles.includes(role)))
    .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }));
}

/** The units the person owns (OWN-1), in number order: the ones with statistics and reports. */
export function ownerUnits(me: Me | null): UnitLink[] {
  return unitsWhere(me, ['owner']);
}
