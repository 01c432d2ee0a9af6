import { contentTypes, type ReportFormat } from '../formats.js';
import type { Report } from '../order.js';

const formats: ReportFormat[] = ['pdf', 'xlsx'];

/** The list entry of a unit's statement for a completed month: produced on request. */
export function statementEntry(unit: { id: string; number: string }, month: string): Report {
  return {
    id: `statement-${unit.id}-${month}`,
    kind: 'statement',
    unitId: unit.id,
    unitNumber: unit.number,
    month,
    files: formats.map((format) => ({
      format,
      contentType: contentTypes[format],
      size: null,
      href: `/reports/statements/${unit.id}/${month}?format=${format}`,
    })),
    createdAt: null,
  };
}
