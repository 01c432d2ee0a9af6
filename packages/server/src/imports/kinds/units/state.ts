import type { Locale } from '@atrium/sdk';
import type { FoundUnit } from './lookups.js';

/**
 * A unit as the rows so far know it: the only things kept per unit for the whole file (in
 * `import_keys` between batches, see check/kept.ts), never the rows themselves.
 */
export interface UnitEntry {
  propertyId: string;
  number: string;
  /** Its id: an existing unit's, or a new one's once written. */
  id: string | null;
  /** The area in the directory (hundredths); null for a new unit. */
  storedArea: number | null;
  /** The area the file gives and the row that first gave it. */
  area: number | null;
  areaRow: number | null;
  /** The owners in the directory, their shares in hundred-millionths. */
  storedOwners: { personId: string; share: number }[];
  /** The owners the file names: who (a person key), their id if known, share, row. */
  owners: { person: string; personId: string | null; share: number; row: number }[];
}

/** A person as the rows so far know them, by their key (see personKey). */
export interface PersonEntry {
  row: number;
  name: string;
  email: string | undefined;
  phone: string | undefined;
  /** As the file gives it; the tenant's language is used when it gives none. */
  locale: Locale | undefined;
  /** An existing person's id, or a new one's once written. */
  id: string | null;
  active: boolean;
}

/** An account number as the rows so far know it. */
export interface AccountEntry {
  row: number;
  number: string;
  /** Its unit's key (see unitKey). */
  unit: string;
  /** In the directory already (or written by an earlier batch). */
  stored: boolean;
}

/** Exact decimals of the directory's columns: areas in hundredths, shares to 8 places. */
export const areaScale = 2;
export const shareScale = 8;
export const whole = 10 ** shareScale;

// Areas (at most 8 whole digits) in hundredths and shares (at most 1, summed over a unit's few
// owners) in hundred-millionths are whole numbers far below 2^53: plain numbers hold them
// exactly, with no float arithmetic and no BigInt made for every row of a large file.

/** '54.3' at scale 2 → 5430; a decimal with at most `scale` fraction digits. */
export function toUnits(decimal: string, scale: number): number {
  const [units = '0', fraction = ''] = decimal.split('.');
  return Number(units) * 10 ** scale + Number(fraction.padEnd(scale, '0'));
}

/** 5430 at scale 2 → '54.30'. */
export function fromUnits(scaled: number, scale: number): string {
  const unit = 10 ** scale;
  return `${Math.floor(scaled / unit)}.${String(scaled % unit).padStart(scale, '0')}`;
}

const noOwners: UnitEntry['storedOwners'] = [];

/** A unit first met in the file, as the directory has it (found) or new. */
export function unitEntry(propertyId: string, number: string, found?: FoundUnit): UnitEntry {
  return {
    propertyId,
    number,
    id: found?.id ?? null,
    storedArea: found ? toUnits(found.area, areaScale) : null,
    area: null,
    areaRow: null,
    storedOwners: found?.owners.length
      ? found.owners.map((o) => ({ personId: o.personId, share: toUnits(o.share, shareScale) }))
      : noOwners,
    owners: [],
  };
}

/**
 * How a person is known across rows: by e-mail; else by name and phone; else by name
 * within the unit (two people of one name in different units are not taken for one).
 */
export function personKey(
  person: { name: string; email?: string; phone?: string },
  unit: { propertyId: string; number: string },
): string {
  if (person.email) return `e:${person.email}`;
  if (person.phone) return `p:${person.name}\n${person.phone}`;
  return `n:${unit.propertyId}\n${unit.number}\n${person.name}`;
}

/**
 * The owners' shares of a unit were `person` to hold `share`: the directory's owners the
 * file does not name again, and the file's own.
 */
export function sharesWith(unit: UnitEntry, personId: string | null, share: number): number {
  let total = share;
  for (const owner of unit.owners) total += owner.share;
  for (const owner of unit.storedOwners) {
    const named =
      owner.personId === personId || unit.owners.some((o) => o.personId === owner.personId);
    if (!named) total += owner.share;
  }
  return total;
}
