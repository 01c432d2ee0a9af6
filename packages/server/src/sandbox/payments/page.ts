import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isLocale, type Locale } from '@atrium/sdk';
import { negotiateLocale } from '../../errors/locale.js';
import { field } from '../http.js';
import type { PaymentLedger, SandboxOutcome, SandboxPayment } from './ledger.js';
import { notFoundPage, paymentPage } from './page-html.js';

const outcomes: readonly string[] = ['succeeded', 'declined', 'cancelled'];

/** The page's language: `lang` in the address or the form, else the browser's, else English. */
function pageLocale(request: FastifyRequest): Locale {
  const asked = (request.query as { lang?: unknown }).lang ?? field(request.body, 'lang');
  return typeof asked === 'string' && isLocale(asked)
    ? asked
    : negotiateLocale(request.headers['accept-language'], 'en');
}

/**
 * A page of its own policy: a nonce for its one stylesheet, and forms that may post here and
 * be sent on to the merchant's return address (a form's redirect is held to form-action).
 */
function sendPage(reply: FastifyReply, status: number, html: (nonce: string) => string, to = '') {
  const nonce = randomBytes(16).toString('base64');
  const formAction = ["'self'", to && new URL(to).origin].filter(Boolean).join(' ');
  return reply
    .code(status)
    .header(
      'content-security-policy',
      `default-src 'none'; style-src 'nonce-${nonce}'; form-action ${formAction}; ` +
        "base-uri 'none'; frame-ancestors 'none'",
    )
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(html(nonce));
}

/**
 * The hosted payment page a person is sent to: `GET /pay/:id` shows the payment with Pay,
 * Decline and Cancel; `POST /pay/:id` (a form field `outcome`) ends it, has the merchant told
 * (signed, in the background) and sends the browser back to the payment's returnUrl (303).
 * An ended payment stays ended: a second click only goes back.
 */
export function paymentPages(deps: {
  ledger: PaymentLedger;
  merchant: string;
  complete: (id: string, outcome: SandboxOutcome) => SandboxPayment | null;
}) {
  const { ledger } = deps;
  return async function pages(app: FastifyInstance) {
    // The page's own forms; nothing else here takes them.
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    app.get<{ Params: { id: string } }>('/pay/:id', async (request, reply) => {
      const locale = pageLocale(request);
      const payment = ledger.get(request.params.id);
      if (!payment) return sendPage(reply, 404, (nonce) => notFoundPage({ locale, nonce }));
      return sendPage(
        reply,
        200,
        (nonce) => paymentPage(payment, { locale, nonce, merchant: deps.merchant }),
        payment.returnUrl,
      );
    });

    app.post<{ Params: { id: string } }>('/pay/:id', async (request, reply) => {
      const locale = pageLocale(request);
      const payment = ledger.get(request.params.id);
      if (!payment) return sendPage(reply, 404, (nonce) => notFoundPage({ locale, nonce }));
      const outcome = field(request.body, 'outcome');
      if (typeof outcome !== 'string' || !outcomes.includes(outcome)) {
        return reply.redirect(`${app.prefix}/pay/${payment.id}?lang=${locale}`, 303);
      }
      deps.complete(payment.id, outcome as SandboxOutcome);
      return reply.redirect(payment.returnUrl, 303);
    });
  };
}
