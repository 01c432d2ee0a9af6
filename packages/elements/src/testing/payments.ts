// Test support for the payments widget: the demo's accounts and cards, the sandbox's payment
// page, and the widget's controls.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  returnedPaymentParam,
  type Account,
  type AtriumClient,
  type Locale,
  type Payment,
  type PaymentType,
} from '@atrium/sdk';
import '../define/atrium-payments.js';
import type { AtriumPayments } from '../payments/atrium-payments.js';
import { signedInClient } from './atrium-server.js';
import { root } from './widget-queries.js';

/** The loyalty sandbox's demo cards (packages/server/src/demo/loyalty-cards.ts). */
export const demoCards = { plenty: '7000000000000001', fifty: '7000000000000050' } as const;

/** The widget on `client`'s accounts (the one with `accountId`, else the first), once it shows them. */
export async function paymentsOf(
  client: AtriumClient,
  locale: Locale,
  accountId?: string,
): Promise<AtriumPayments> {
  const el = await fixture<AtriumPayments>(
    html`<atrium-payments
      .client=${client}
      locale=${locale}
      .accountId=${accountId ?? null}
    ></atrium-payments>`,
  );
  await shownAccount(el);
  return el;
}

/** Waits until the account's balance and its history (or their failure) are on screen. */
export async function shownAccount(el: AtriumPayments): Promise<void> {
  await waitUntil(
    () =>
      root(el).querySelector('[role="alert"]') ||
      (root(el).querySelector(
        '[part="balance"] [part="breakdown"], [part="balance"]:not(:has([part="skeleton"]))',
      ) &&
        root(el).querySelector(
          '[part="history"] [part="entries"], [part="history"] [part="status"]:not(:has(+ [part="skeleton"]))',
        )),
    'the account never arrived',
    { timeout: 10000 },
  );
}

/** The person's account of unit `unitNumber`, as the API has it now. */
export async function accountOf(client: AtriumClient, unitNumber: string): Promise<Account> {
  const { items } = await client.payments.accounts({ limit: 100 });
  const account = items.find((candidate) => candidate.unitNumber === unitNumber);
  if (!account) throw new Error(`no account of unit ${unitNumber}`);
  return account;
}

/** The tenant's enabled payment types of `kind`. */
export async function typesOf(client: AtriumClient, kind: PaymentType['kind']) {
  const { items } = await client.payments.types();
  return items.filter((type) => type.enabled && type.kind === kind);
}

/**
 * Pays (or declines, or cancels) at the payment sandbox's page as a person would, its form
 * posted from Node (the page is on the server's origin), and answers where the sandbox sent
 * the browser back to.
 */
export async function payAtSandbox(
  url: string,
  outcome: 'succeeded' | 'declined' | 'cancelled' = 'succeeded',
): Promise<string> {
  return (await executeServerCommand('atrium-sandbox-pay', { url, outcome })) as string;
}

/** Books a bank transfer of `amount` minor units on the account, as the manager does. */
export async function bookTransfer(accountId: string, amount: number): Promise<void> {
  await executeServerCommand('atrium-book-transfer', { accountId, amount });
}

/**
 * Puts `atrium-payment=<id>` in the test page's address, as the provider's return does, for
 * the widgets made next; answers a function that puts the address back.
 */
export function returnedWith(paymentId: string): () => void {
  const before = location.href;
  const url = new URL(before);
  url.searchParams.set(returnedPaymentParam, paymentId);
  history.replaceState(history.state, '', url);
  return () => history.replaceState(history.state, '', before);
}

/** Waits until the payment is no longer pending at the server (the provider's notice came). */
export async function settledPayment(client: AtriumClient, paymentId: string): Promise<Payment> {
  let payment: Payment | undefined;
  await waitUntil(
    async () => {
      payment = await client.payments.payment(paymentId);
      return payment.status !== 'pending';
    },
    `payment ${paymentId} stayed pending`,
    { timeout: 10000, interval: 250 },
  );
  return payment as Payment;
}

/** One of the server's own sandboxes: the payment provider's, or the loyalty program's. */
export type SandboxProvider = 'payments' | 'loyalty';

/**
 * How its calls fail (the sandbox's FaultPlan): `error` 503 at once, `hang` no answer, `lost`
 * done but unanswered, `slow` answered after `delayMs`; of one operation (`create`, `debit`, …)
 * or any.
 */
export interface SandboxFault {
  how?: 'error' | 'hang' | 'lost' | 'slow';
  on?: string;
  delayMs?: number;
}

/** The next `count` calls to the server's sandbox fail as `fault` says. */
export async function sandboxFails(
  provider: SandboxProvider,
  count: number,
  fault: SandboxFault = {},
): Promise<void> {
  await executeServerCommand('atrium-sandbox-fault', { provider, action: 'fail', count, fault });
}

/** From the next call on, every other call to the server's sandbox fails, until it recovers. */
export async function sandboxFlaps(provider: SandboxProvider, fault: SandboxFault = {}) {
  await executeServerCommand('atrium-sandbox-fault', { provider, action: 'flap', fault });
}

/** The server's sandbox answers every call again. */
export async function sandboxRecovers(provider: SandboxProvider): Promise<void> {
  await executeServerCommand('atrium-sandbox-fault', { provider, action: 'recover' });
}

/** What the widget says to the server's 503 provider_unavailable with its Retry-After of 5 s. */
export const providerUnavailableText: Record<Locale, string> = {
  ru: 'Платёжный сервис не отвечает; ничего не списано. Повторите через 5 секунд.',
  pl: 'Serwis płatności nie odpowiada; nic nie zapłacono. Spróbuj ponownie za 5 sekund.',
  en: 'The payment service is not answering; nothing was paid. Try again in 5 seconds.',
};

/**
 * A client signed in as `person` noting the Idempotency-Key of each POST to a path ending in
 * `pathEnd`; with `retries` false it sends each request once, where the SDK would retry a 503
 * itself after its Retry-After.
 */
export async function clientNotingKeys(
  person: Parameters<typeof signedInClient>[0],
  pathEnd: string,
  retries = true,
): Promise<{ client: AtriumClient; keys: string[] }> {
  const keys: string[] = [];
  const client = await signedInClient(person, {
    ...(!retries && { retry: { limit: 0 } }),
    hooks: {
      beforeRequest: [
        (request) => {
          if (request.method === 'POST' && new URL(request.url).pathname.endsWith(pathEnd)) {
            keys.push(request.headers.get('Idempotency-Key') ?? '');
          }
        },
      ],
    },
  });
  return { client, keys };
}
