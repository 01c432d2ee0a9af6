import { PassThrough, type Readable } from 'node:stream';
import type { ImportKind, Locale } from '@atrium/sdk';
import ExcelJS from 'exceljs';
import { dataSheet } from '../file/xlsx.js';
import { columnsOf } from './columns.js';
import { instructionsOf } from './rows.js';

// Cells of the data sheet hold text as typed: an account number 007 or a phone +48… stays
// what it is rather than becoming a number.
const textFormat = '@';

/**
 * The XLSX template, streamed: the `data` sheet with the header row (the sheet an import
 * reads), then the instructions sheet in the language asked for.
 */
export function xlsxTemplate(kind: ImportKind, locale: Locale): Readable {
  const { texts, title, columns } = instructionsOf(kind, locale);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  workbook.title = title;

  const data = workbook.addWorksheet(dataSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = columnsOf(kind).map((key) => ({ key, width: 22, style: { numFmt: textFormat } }));
  data.addRow(columnsOf(kind)).font = { bold: true };
  data.commit();

  const help = workbook.addWorksheet(texts.sheet);
  help.columns = [{ width: 22 }, { width: 22 }, { width: 90 }, { width: 32 }];
  help.addRow([title]).font = { bold: true, size: 14 };
  for (const line of texts.intro) help.addRow([line]);
  help.addRow([]);
  const { headings } = texts;
  help.addRow([headings.column, headings.required, headings.holds, headings.example]).font = {
    bold: true,
  };
  for (const c of columns) {
    const row = help.addRow([c.key, c.required, c.holds, c.example]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  help.commit();
  workbook.commit().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
