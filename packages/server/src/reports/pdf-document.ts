import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Locale } from '@atrium/sdk';

// pdfkit's built-in fonts have no Cyrillic or Polish letters; DejaVu Sans has both and
// comes from npm, so no system font is needed. pdfkit embeds only the glyphs used.
const require = createRequire(import.meta.url);
const fonts = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/** An A4 page's width in points. */
export const pageWidth = 595.28;

/** The server's fonts, by the names every PDF of it uses. */
export type PdfFont = keyof typeof fonts;

/**
 * An A4 document in a locale, set in DejaVu Sans with its `regular` and `bold` faces
 * registered; produced while it is read once `end()` is called.
 */
export function pdfDocument(options: {
  locale: Locale;
  margin: number;
  title: string;
  author: string;
}): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: options.margin,
    lang: options.locale,
    info: { Title: options.title, Author: options.author },
  });
  for (const [name, path] of Object.entries(fonts)) doc.registerFont(name, path);
  // Selected by its registered name only: had the file been opened under another name (the
  // constructor's `font`), pdfkit would re-read and re-parse it on every doc.font('regular'),
  // some 1 ms a call, seconds for a long table.
  return doc.font('regular');
}
