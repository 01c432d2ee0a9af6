import type { components } from '@atrium/sdk';
import { isPdf, mediaTypeOf } from '../uploads/file-type.js';

export type ReportFormat = components['schemas']['ReportFormat'];

/** The media type of each report format, as the contract names them. */
export const contentTypes: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The format a media type (parameters ignored) stands for, if it is one of ours. */
export function formatOfContentType(header: string | undefined): ReportFormat | null {
  const mediaType = mediaTypeOf(header);
  const found = Object.entries(contentTypes).find(([, type]) => type === mediaType);
  return found ? (found[0] as ReportFormat) : null;
}

const zipEntry = Buffer.from('PK\x03\x04', 'latin1');
// An XLSX is a zip whose entries include the package's type map and the workbook folder.
const xlsxNames = ['[Content_Types].xml', 'xl/'].map((name) => Buffer.from(name, 'latin1'));

/**
 * The format the bytes themselves show by their magic numbers, or null: a PDF starts with
 * `%PDF-`; an XLSX is a zip holding `[Content_Types].xml` and entries under `xl/`.
 * Names are searched across chunk boundaries, so the file never has to be in one piece.
 */
export function formatOfContent(chunks: readonly Buffer[]): ReportFormat | null {
  if (isPdf(chunks)) return 'pdf';
  if (!(chunks[0] ?? Buffer.alloc(0)).subarray(0, 4).equals(zipEntry)) return null;
  return xlsxNames.every((name) => contains(chunks, name)) ? 'xlsx' : null;
}

function contains(chunks: readonly Buffer[], needle: Buffer): boolean {
  let carry = Buffer.alloc(0);
  for (const chunk of chunks) {
    const window = Buffer.concat([carry, chunk]);
    if (window.includes(needle)) return true;
    carry = window.subarray(Math.max(0, window.length - needle.length + 1));
  }
  return false;
}
