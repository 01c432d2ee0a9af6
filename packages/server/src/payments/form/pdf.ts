import type { Readable } from 'node:stream';
import type { Locale } from '@atrium/sdk';
import { fill } from '../../errors/messages.js';
import { formatMoney } from '../../format/numbers.js';
import { pageWidth, pdfDocument } from '../../reports/pdf-document.js';
import { ensureRoom, tableRow, type Column } from '../../reports/pdf-table.js';
import { monthTitle } from '../../reports/statement/figures.js';
import type { PaymentForm } from './form.js';
import { paymentFormTexts } from './locales.js';

const margin = 56;
const width = pageWidth - 2 * margin;
const amountWidth = 130;
const dateWidth = 100;
const lineColumns: Column[] = [
  { width: width - amountWidth },
  { width: amountWidth, align: 'right' },
];
const paymentColumns: Column[] = [
  { width: dateWidth },
  { width: width - dateWidth - amountWidth },
  { width: amountWidth, align: 'right' },
];

/** `{file stem}-{account}-{month}.pdf`: formularz-oplat-LES5-012-2026-11.pdf, kvitanciya-… */
export const paymentFormFileName = (form: PaymentForm) =>
  `${paymentFormTexts[form.locale].fileStem}-${form.payer.accountNumber}-${form.month}.pdf`;

/** A local day (YYYY-MM-DD) as the language writes dates: 24.11.2026, 11/24/2026. */
const formatDay = (day: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

/** The month's payment form as a PDF (FIN-3), produced while it is read. */
export function paymentFormPdf(form: PaymentForm): Readable {
  const { locale, payee, payer } = form;
  const texts = paymentFormTexts[locale];
  const money = (minor: number) => formatMoney(minor, form.currency, locale);
  const period = monthTitle(form.month, locale);
  const doc = pdfDocument({
    locale,
    margin,
    title: `${texts.title}: ${texts.account} ${payer.accountNumber}, ${period}`,
    author: payee.name,
  });
  const field = (label: string, value: string | null) => {
    if (value !== null) {
      doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
    }
  };
  // a heading never ends a page: it keeps the start of what it heads with it
  const heading = (text: string) => {
    doc.moveDown(1);
    ensureRoom(doc, 60);
    doc.font('bold').fontSize(13).text(text, margin, doc.y, { width }).moveDown(0.3);
    doc.font('regular').fontSize(10);
  };

  doc.font('bold').fontSize(18).text(texts.title);
  doc.font('regular').fontSize(12).moveDown(0.5).text(`${texts.period}: ${period}`);

  heading(texts.payee);
  doc.text(payee.name);
  field(texts.address, payee.address);
  field(texts.taxId, payee.taxId);
  field(texts.bankAccount, payee.bankAccount);
  field(texts.bankName, payee.bankName);
  field(texts.bankCode, payee.bankCode);
  field(texts.correspondentAccount, payee.correspondentAccount);

  heading(texts.payer);
  field(texts.account, payer.accountNumber);
  field(texts.unit, payer.unitNumber);
  field(texts.property, `${payer.propertyName}, ${payer.propertyAddress}`);

  heading(texts.charges);
  if (!form.lines.length) doc.text(texts.noCharges);
  else {
    tableRow(doc, lineColumns, [texts.item, texts.amount], 'bold');
    for (const line of form.lines) {
      const name = texts.titles[line.title];
      const label = line.kind === 'settlement' ? fill(texts.settlement, { title: name }) : name;
      tableRow(doc, lineColumns, [label, money(line.owed)]);
    }
    tableRow(doc, lineColumns, [texts.due, money(form.due)], 'bold');
  }

  heading(texts.payments);
  if (!form.payments.length) doc.text(texts.noPayments);
  else {
    tableRow(doc, paymentColumns, [texts.date, texts.method, texts.amount], 'bold');
    for (const payment of form.payments) {
      tableRow(doc, paymentColumns, [
        formatDay(payment.day, locale),
        texts.methods[payment.method],
        money(payment.amount),
      ]);
    }
    tableRow(doc, paymentColumns, [texts.paid, '', money(form.paid)], 'bold');
  }

  doc
    .moveDown(1)
    .font('bold')
    .fontSize(14)
    .text(`${texts.toPay}: ${money(form.toPay)}`);
  doc.font('regular').fontSize(10);
  if (!form.toPay) doc.text(texts.nothingToPay);
  if (form.earlierBalance) {
    doc.moveDown(0.5);
    const owed = form.earlierBalance < 0;
    field(owed ? texts.earlierDebt : texts.earlierCredit, money(Math.abs(form.earlierBalance)));
  }

  // what a bank's transfer form asks for, in its order
  heading(texts.transfer);
  field(texts.recipient, payee.name);
  field(texts.bankAccount, payee.bankAccount);
  field(texts.titleOfTransfer, texts.transferTitle({ ...payer, month: form.month }));
  field(texts.amount, money(form.toPay));
  doc.end();
  return doc;
}
