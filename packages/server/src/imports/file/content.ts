import type { ImportFormat } from '@atrium/sdk';
import { formatOfContent } from '../../reports/formats.js';
import { mediaTypeOf } from '../../uploads/file-type.js';

export const csvType = 'text/csv';
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Bytes no text file holds: NUL and the other C0 controls but tab, line feed, carriage return.
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const binary = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * The format an upload's bytes show, or null for anything but a workbook or text: an XLSX
 * by its zip entries, whatever it was sent as (the SDK sends any file not typed as a sheet
 * as CSV); a CSV must be sent as one and start as text (an image sent as CSV is refused).
 * Whether the text is UTF-8 throughout is for the check to say, row by row.
 */
export function importFormatOf(
  contentType: string | undefined,
  chunks: readonly Buffer[],
): ImportFormat | null {
  const known = formatOfContent(chunks);
  if (known === 'xlsx') return 'xlsx';
  if (known !== null || mediaTypeOf(contentType) !== csvType) return null;
  const head = (chunks[0] ?? Buffer.alloc(0)).subarray(0, 4096).toString('latin1');
  return binary.test(head) ? null : 'csv';
}
