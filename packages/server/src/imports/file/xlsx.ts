import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { hasContent, UnreadableFile, type SourceRow } from './rows.js';

/** The sheet a workbook's rows are read from when it has one of this name. */
export const dataSheet = 'data';

type Sheet = AsyncIterable<ExcelJS.Row> & { name?: string };
type Reader = AsyncIterable<Sheet> & { model?: { sheets?: { name: string }[] } };

/** A cell as the text a person typed or sees: a formula's result, a link's text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

// row.values is 1-based with holes where cells are empty
function cellsOf(row: ExcelJS.Row): string[] {
  const values = row.values as ExcelJS.CellValue[];
  return Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) =>
    cellText(values[i + 1]).trim(),
  );
}

/**
 * The rows of a workbook's `data` sheet, else of its first, read as the file streams in
 * (exceljs parks a sheet that comes before the shared strings in a temporary file).
 */
export async function* xlsxRows(parts: AsyncIterable<Buffer>): AsyncGenerator<SourceRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(parts), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  }) as unknown as Reader;
  let chosen: string | undefined;
  let read = false;
  try {
    for await (const sheet of reader) {
      const names = reader.model?.sheets?.map((s) => s.name) ?? [];
      chosen ??= names.includes(dataSheet) ? dataSheet : (names[0] ?? sheet.name);
      const wanted: boolean = !read && sheet.name === chosen;
      // every sheet is read through, so the workbook's stream goes on to the next
      for await (const row of sheet) {
        if (!wanted) continue;
        const cells = cellsOf(row);
        if (hasContent(cells)) yield { row: row.number, cells };
      }
      read ||= wanted;
    }
  } catch (error) {
    throw new UnreadableFile(null, { cause: error });
  }
  if (!read) throw new UnreadableFile(null);
}
