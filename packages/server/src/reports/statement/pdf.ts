import type { Readable } from 'node:stream';
import { pageWidth, pdfDocument, type PdfFont } from '../pdf-document.js';
import { figureOrder, formatFigure, monthTitle } from './figures.js';
import { statementTexts } from './locales.js';
import type { Statement } from './statement.js';

const page = { margin: 56, width: pageWidth };
const valueWidth = 160;

/** The statement as a PDF, produced while it is read. */
export function statementPdf(statement: Statement): Readable {
  const texts = statementTexts[statement.locale];
  const period = monthTitle(statement.month, statement.locale);
  const doc = pdfDocument({
    locale: statement.locale,
    margin: page.margin,
    title: `${texts.title}: ${texts.unit} ${statement.unitNumber}, ${period}`,
    author: statement.tenantName,
  });

  doc.font('bold').fontSize(18).text(texts.title);
  doc.font('regular').fontSize(12).moveDown(0.5).text(statement.tenantName);
  doc.moveDown(1);
  for (const [label, value] of [
    [texts.unit, statement.unitNumber],
    [texts.owner, statement.ownerName],
    [texts.period, period],
    [texts.currency, statement.currency],
  ] as const) {
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  }
  doc.moveDown(1.5);

  const left = page.margin;
  const labelWidth = page.width - 2 * page.margin - valueWidth;
  const row = (label: string, value: string, font: PdfFont) => {
    const y = doc.y;
    doc.font(font).text(label, left, y, { width: labelWidth });
    const labelBottom = doc.y;
    doc.text(value, left + labelWidth, y, { width: valueWidth, align: 'right' });
    doc.y = Math.max(labelBottom, doc.y) + 6;
    doc
      .moveTo(left, doc.y - 3)
      .lineTo(page.width - page.margin, doc.y - 3)
      .lineWidth(0.5)
      .strokeColor('#cbd5e1')
      .stroke();
  };
  row(texts.figure, texts.value, 'bold');
  for (const key of figureOrder) {
    const value = formatFigure(key, statement.figures, statement.currency, statement.locale);
    row(texts.figures[key], value, 'regular');
  }
  doc.moveDown(1).font('regular').fontSize(9).fillColor('#475569');
  doc.text(texts.note, left, doc.y, { width: page.width - 2 * page.margin });
  doc.end();
  return doc;
}
