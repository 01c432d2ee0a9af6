import type { ImportKind } from '@atrium/sdk';
import { kindOf, type Kind } from './kind.js';
import { PropertiesCheck } from './properties/check.js';
import { writePropertyRows } from './properties/write.js';
import { UnitsCheck } from './units/check.js';
import { writeUnitRows } from './units/write.js';

/** Each kind of import: how its rows are checked and written. */
export const kinds: Record<ImportKind, Kind> = {
  properties: kindOf((context) => new PropertiesCheck(context), writePropertyRows),
  units: kindOf((context) => new UnitsCheck(context), writeUnitRows),
};
