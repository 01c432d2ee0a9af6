import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isUuid } from './uuid.js';

type Checked = { validate: (text: string) => boolean; compare: (a: string, b: string) => number };

// ajv-formats accepts the year 0000, which PostgreSQL's date and timestamptz refuse.
const fromYearOne = ({ validate, compare }: Checked): Checked => ({
  validate: (text) => !text.startsWith('0000') && validate(text),
  compare,
});

/** Formats as the database can hold them; the contract's others are ajv-formats' own. */
export const strictFormats = {
  uuid: isUuid,
  date: fromYearOne(fullFormats.date as Checked),
  'date-time': fromYearOne(fullFormats['date-time'] as Checked),
};
