import type { PdfFont } from './pdf-document.js';

/** A column of a table: its width in points and where its text sits. */
export interface Column {
  width: number;
  align?: 'left' | 'right';
}

const gap = 6;

/** Starts a new page unless `height` points are left above the bottom margin. */
export function ensureRoom(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/**
 * Writes one row of a table at the left margin, each cell wrapped in its column; a row
 * that would cross the bottom margin starts a new page, so a row is never split.
 */
export function tableRow(
  doc: PDFKit.PDFDocument,
  columns: readonly Column[],
  cells: readonly string[],
  font: PdfFont = 'regular',
) {
  doc.font(font);
  const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i]?.width }));
  const height = Math.max(...heights);
  ensureRoom(doc, height + gap);
  const top = doc.y;
  let x = doc.page.margins.left;
  cells.forEach((cell, i) => {
    const column = columns[i] ?? { width: 0 };
    doc.text(cell, x, top, { width: column.width, align: column.align ?? 'left' });
    x += column.width;
  });
  const bottom = top + height + gap;
  doc
    .moveTo(doc.page.margins.left, bottom - gap / 2)
    .lineTo(x, bottom - gap / 2)
    .lineWidth(0.5)
    .strokeColor('#cbd5e1')
    .stroke();
  doc.x = doc.page.margins.left;
  doc.y = bottom;
}
