import type { Readable } from 'node:stream';
import { pageWidth, pdfDocument } from '../../reports/pdf-document.js';
import { formatShare } from '../../format/numbers.js';
import { formatArea, formatMoment, fractionIn } from './format.js';
import { protocolTexts, tallyRows } from './locales.js';
import type { Protocol, ProtocolResolution } from './protocol.js';
import { ensureRoom, tableRow, type Column } from '../../reports/pdf-table.js';

const margin = 56;
const width = pageWidth - 2 * margin;
const tallyColumns: Column[] = [
  { width: width - 260 },
  { width: 140, align: 'right' },
  { width: 120, align: 'right' },
];
const voteColumns: Column[] = [
  { width: 80 },
  { width: width - 80 - 130 - 100 },
  { width: 130, align: 'right' },
  { width: 100, align: 'right' },
];

/** `{file stem}-{local day of the close}.pdf`: protokol-2026-12-15.pdf, protocol-… */
export const protocolFileName = (protocol: Protocol) =>
  `${protocolTexts[protocol.locale].fileStem}-${protocol.closesOn}.pdf`;

// Rows laid out between two turns of the event loop: a large community's protocol takes
// a second of layout, which must not stall every other request of the server meanwhile.
const rowsPerTurn = 200;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The protocol of a closed meeting as a PDF, produced while it is read: laid out a few
 * hundred rows at a time, and not at all further once the reader has gone.
 */
export function protocolPdf(protocol: Protocol): Readable {
  const texts = protocolTexts[protocol.locale];
  const doc = pdfDocument({
    locale: protocol.locale,
    margin,
    title: `${texts.title}: ${protocol.title}`,
    author: protocol.tenantName,
  });
  layOut(doc, protocol).then(
    () => doc.end(),
    (error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return doc;
}

async function layOut(doc: PDFKit.PDFDocument, protocol: Protocol): Promise<void> {
  const { locale, timeZone } = protocol;
  const texts = protocolTexts[locale];
  const field = (label: string, value: string) =>
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
  const moment = (at: Date) => formatMoment(at, locale, timeZone);

  doc.font('bold').fontSize(18).text(texts.title);
  doc.font('regular').fontSize(12).moveDown(0.5).text(protocol.tenantName).moveDown(1);
  doc.fontSize(11);
  field(texts.property, `${protocol.propertyName}, ${protocol.propertyAddress}`);
  field(texts.meeting, protocol.title);
  field(texts.window, `${moment(protocol.opensAt)} – ${moment(protocol.closesAt)}`);
  field(texts.totalArea, `${formatArea(protocol.totalArea, locale)} ${texts.squareMetres}`);
  field(texts.quorum, fractionIn(texts.ofTotalArea, protocol.quorum));

  // a heading never ends a page: it keeps the start of what it heads with it
  const heading = (resolution: ProtocolResolution, size: number) => {
    ensureRoom(doc, 80);
    return doc
      .font('bold')
      .fontSize(size)
      .text(`${texts.resolution} ${resolution.number}. ${resolution.title}`, margin, doc.y, {
        width,
      });
  };

  for (const resolution of protocol.resolutions) {
    doc.moveDown(1.5);
    heading(resolution, 13).moveDown(0.3);
    doc.font('regular').fontSize(10).text(resolution.text, { width }).moveDown(0.5);
    const rule = resolution.qualifiedFraction
      ? fractionIn(texts.majorities.qualified, resolution.qualifiedFraction)
      : texts.majorities[resolution.majority];
    field(texts.majority, rule);
    doc.moveDown(0.5);
    tableRow(doc, tallyColumns, ['', texts.weight, texts.shareOfTotal], 'bold');
    for (const row of tallyRows) {
      const { weight, share } = resolution[row];
      tableRow(doc, tallyColumns, [
        texts.tally[row],
        formatArea(weight, locale),
        formatShare(share, locale),
      ]);
    }
    doc.moveDown(0.3);
    field(texts.quorumReached, resolution.quorumReached ? texts.yes : texts.no);
    field(texts.outcome, resolution.passed ? texts.passed : texts.notPassed);
  }

  doc.addPage().font('bold').fontSize(14).text(texts.votes).moveDown(0.5);
  for (const resolution of protocol.resolutions) {
    heading(resolution, 11).moveDown(0.3);
    const votes = protocol.votes.filter((vote) => vote.resolutionId === resolution.id);
    doc.fontSize(10);
    if (!votes.length) doc.font('regular').text(texts.noVotes);
    else
      tableRow(doc, voteColumns, [texts.unit, texts.owner, texts.voteWeight, texts.vote], 'bold');
    for (const [i, vote] of votes.entries()) {
      if (i % rowsPerTurn === rowsPerTurn - 1) {
        await nextTurn();
        if (doc.destroyed) return;
      }
      tableRow(doc, voteColumns, [
        vote.unitNumber,
        vote.ownerName,
        formatArea(vote.weight, locale),
        texts.choices[vote.choice],
      ]);
    }
    doc.moveDown(1);
  }
  doc.fontSize(10);
  field(texts.frozenAt, moment(protocol.resultsFrozenAt));
}
