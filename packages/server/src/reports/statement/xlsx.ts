import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale } from '@atrium/sdk';
import {
  figureKinds,
  figureOrder,
  minorDigits,
  monthTitle,
  toDecimal,
  type FigureKey,
  type StatsFigures,
} from './figures.js';
import { statementTexts } from './locales.js';
import type { Statement } from './statement.js';

/** Excel's number format for money: the currency sign where the locale puts it. */
function moneyFormat(currency: string, locale: Locale): string {
  const digits = minorDigits(currency);
  const number = digits ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
  const signAt = parts.findIndex((part) => part.type === 'currency');
  const sign = `"${parts[signAt]?.value ?? currency}"`;
  return signAt < parts.findIndex((part) => part.type === 'integer')
    ? `${sign} ${number}`
    : `${number} ${sign}`;
}

/** A figure as the number a spreadsheet computes with: money in major units, exact. */
function cellValue(key: FigureKey, figures: StatsFigures, currency: string): number {
  const value = figures[key];
  return figureKinds[key] === 'money'
    ? Number(toDecimal(Number(value), minorDigits(currency)))
    : Number(value);
}

/** The statement as an XLSX workbook: numbers with number formats, produced while read. */
export function statementXlsx(statement: Statement): Readable {
  const texts = statementTexts[statement.locale];
  const formats = {
    count: '#,##0',
    share: '0.00%',
    money: moneyFormat(statement.currency, statement.locale),
  };
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  workbook.creator = statement.tenantName;
  workbook.title = texts.title;
  const sheet = workbook.addWorksheet(texts.sheet);
  sheet.columns = [{ width: 42 }, { width: 24 }];
  sheet.addRow([texts.title]).font = { bold: true, size: 14 };
  sheet.addRow([statement.tenantName]);
  sheet.addRow([]);
  sheet.addRow([texts.unit, statement.unitNumber]);
  sheet.addRow([texts.owner, statement.ownerName]);
  sheet.addRow([texts.period, monthTitle(statement.month, statement.locale)]);
  sheet.addRow([texts.currency, statement.currency]);
  sheet.addRow([]);
  sheet.addRow([texts.figure, texts.value]).font = { bold: true };
  for (const key of figureOrder) {
    const row = sheet.addRow([
      texts.figures[key],
      cellValue(key, statement.figures, statement.currency),
    ]);
    row.getCell(2).numFmt = formats[figureKinds[key]];
  }
  sheet.addRow([]);
  sheet.addRow([texts.note]);
  sheet.commit();
  workbook.commit().catch((error: unknown) => out.destroy(error as Error));
  return out;
}
