import type { Locale, NotificationKind } from '@atrium/sdk';
import { escapeHtml } from '../html.js';
import { kindMails } from './texts.js';

interface PageTexts {
  title: string;
  question: (mails: string, tenant: string) => string;
  button: string;
  done: (mails: string) => string;
}

const texts: Record<Locale, PageTexts> = {
  ru: {
    title: 'Отписка от писем',
    question: (mails, tenant) =>
      `Больше не присылать вам ${mails}? Остальные письма «${tenant}» будут приходить как прежде.`,
    button: 'Отписаться',
    done: (mails) =>
      `Готово: вы больше не будете получать ${mails}. Включить их снова можно в профиле в личном кабинете.`,
  },
  pl: {
    title: 'Wypisanie z powiadomień',
    question: (mails, tenant) =>
      `Nie wysyłać Ci już ${mails}? Pozostałe wiadomości od „${tenant}” będą przychodzić jak dotąd.`,
    button: 'Wypisz mnie',
    done: (mails) =>
      `Gotowe: nie będziesz już otrzymywać ${mails}. Możesz je ponownie włączyć w profilu w portalu.`,
  },
  en: {
    title: 'Unsubscribe',
    question: (mails, tenant) =>
      `Stop sending you ${mails}? Other e-mails from ${tenant} will keep coming.`,
    button: 'Unsubscribe',
    done: (mails) =>
      `Done: you will no longer receive ${mails}. You can turn them back on in your profile in the portal.`,
  },
};

const styles = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f3f4f6;color:#111827}
main{max-width:30rem;margin:3rem auto;background:#fff;border-radius:12px;padding:2rem;
box-shadow:0 1px 3px #0002}h1{font-size:1.4rem;margin:0 0 1rem}
button{font:inherit;padding:.6rem 1.2rem;border-radius:8px;border:1px solid #1d4ed8;
background:#1d4ed8;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}`;

/** What the page is about: whose mail, of which kind, in the person's language. */
export interface PageSubject {
  locale: Locale;
  tenantName: string;
  kind: NotificationKind;
  /** The nonce of the page's one stylesheet (its own CSP). */
  nonce: string;
}

function layout(q: PageSubject, content: string) {
  const title = texts[q.locale].title;
  return `<!doctype html>
<html lang="${q.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — ${escapeHtml(q.tenantName)}</title>
<style nonce="${q.nonce}">${styles}</style>
</head>
<body><main><h1>${escapeHtml(title)}</h1>${content}</main></body>
</html>`;
}

/**
 * The page an e-mail's unsubscribe link opens: the question and a button posting to the
 * same address what a mail client's one click posts (RFC 8058).
 */
export function unsubscribePage(q: PageSubject): string {
  const t = texts[q.locale];
  return layout(
    q,
    `<p>${escapeHtml(t.question(kindMails[q.locale][q.kind], q.tenantName))}</p>
<form method="post">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button>${escapeHtml(t.button)}</button>
</form>`,
  );
}

/** The page saying the person no longer gets the kind. */
export function unsubscribedPage(q: PageSubject): string {
  const t = texts[q.locale];
  return layout(q, `<p role="status">${escapeHtml(t.done(kindMails[q.locale][q.kind]))}</p>`);
}
