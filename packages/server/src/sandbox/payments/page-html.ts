import type { Locale } from '@atrium/sdk';
import { formatMoney } from '../../format/numbers.js';
import { escapeHtml } from '../../html.js';
import type { SandboxPayment } from './ledger.js';

interface PageTexts {
  title: string;
  sandbox: string;
  merchant: string;
  purpose: string;
  amount: string;
  pay: string;
  decline: string;
  cancel: string;
  outcome: Record<Exclude<SandboxPayment['status'], 'pending'>, string>;
  back: string;
  notFound: string;
}

const texts: Record<Locale, PageTexts> = {
  ru: {
    title: 'Оплата',
    sandbox: 'Тестовая страница платёжной песочницы: деньги не списываются.',
    merchant: 'Получатель',
    purpose: 'Назначение',
    amount: 'Сумма',
    pay: 'Оплатить',
    decline: 'Банк отклоняет',
    cancel: 'Отменить',
    outcome: {
      succeeded: 'Оплачено',
      failed: 'Платёж отклонён банком',
      cancelled: 'Платёж отменён',
    },
    back: 'Вернуться на сайт',
    notFound: 'Платёж не найден',
  },
  pl: {
    title: 'Płatność',
    sandbox: 'Strona testowa piaskownicy płatności: żadne pieniądze nie są pobierane.',
    merchant: 'Odbiorca',
    purpose: 'Tytuł',
    amount: 'Kwota',
    pay: 'Zapłać',
    decline: 'Bank odrzuca',
    cancel: 'Anuluj',
    outcome: {
      succeeded: 'Zapłacono',
      failed: 'Bank odrzucił płatność',
      cancelled: 'Płatność anulowana',
    },
    back: 'Wróć do serwisu',
    notFound: 'Nie ma takiej płatności',
  },
  en: {
    title: 'Payment',
    sandbox: 'A test page of the payment sandbox: no money moves.',
    merchant: 'Merchant',
    purpose: 'For',
    amount: 'Amount',
    pay: 'Pay',
    decline: 'Bank declines',
    cancel: 'Cancel',
    outcome: {
      succeeded: 'Paid',
      failed: 'The bank declined the payment',
      cancelled: 'Payment cancelled',
    },
    back: 'Back to the merchant',
    notFound: 'No such payment',
  },
};

const styles = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f3f4f6;color:#111827}
main{max-width:26rem;margin:3rem auto;background:#fff;border-radius:12px;padding:2rem;
box-shadow:0 1px 3px #0002}
h1{font-size:1.4rem;margin:0 0 1rem}.note{color:#4b5563;font-size:.9rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem}dt{color:#4b5563}dd{margin:0}
.amount{font-size:1.5rem;font-weight:600}
.actions{display:flex;gap:.5rem;flex-wrap:wrap;margin-top:1.5rem}
button{font:inherit;padding:.6rem 1.2rem;border-radius:8px;border:1px solid #9ca3af;
background:#fff;cursor:pointer}button[value=succeeded]{background:#1d4ed8;border-color:#1d4ed8;
color:#fff}button:focus-visible,a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}`;

function layout(locale: Locale, nonce: string, title: string, content: string) {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${styles}</style>
</head>
<body><main>${content}</main></body>
</html>`;
}

/**
 * The hosted payment page: what is paid, to whom, and the buttons that end it (a pending
 * payment), or its outcome with the way back to the merchant (an ended one).
 */
export function paymentPage(
  payment: SandboxPayment,
  q: { locale: Locale; merchant: string; nonce: string },
): string {
  const t = texts[q.locale];
  const details = `<dl>
<dt>${t.merchant}</dt><dd>${escapeHtml(q.merchant)}</dd>
<dt>${t.purpose}</dt><dd>${escapeHtml(payment.description)}</dd>
<dt>${t.amount}</dt><dd class="amount">${escapeHtml(formatMoney(payment.amount, payment.currency, q.locale))}</dd>
</dl>`;
  const end =
    payment.status === 'pending'
      ? `<form method="post">
<input type="hidden" name="lang" value="${q.locale}">
<div class="actions">
<button name="outcome" value="succeeded">${t.pay}</button>
<button name="outcome" value="declined">${t.decline}</button>
<button name="outcome" value="cancelled">${t.cancel}</button>
</div>
</form>`
      : `<p role="status"><strong>${t.outcome[payment.status]}</strong></p>
<p><a href="${escapeHtml(payment.returnUrl)}">${t.back}</a></p>`;
  return layout(
    q.locale,
    q.nonce,
    t.title,
    `<h1>${t.title}</h1><p class="note">${t.sandbox}</p>${details}${end}`,
  );
}

export function notFoundPage(q: { locale: Locale; nonce: string }): string {
  const t = texts[q.locale];
  return layout(q.locale, q.nonce, t.notFound, `<h1>${t.notFound}</h1>`);
}
