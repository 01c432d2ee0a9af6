// A client for the payments stories: the pretend server answers the accounts and payments
// routes and hands everything else (sign-in, branding) to the common story server.
import {
  returnedPaymentParam,
  type AtriumClient,
  type PaymentInput,
  type PointsCard,
  type PointsPaymentInput,
} from '@atrium/sdk';
import { pdfBytes } from './owner-data.js';
import {
  book,
  paymentOf,
  paymentsMe,
  paymentsState,
  paymentTypes,
  quoteOf,
  type PaymentsState,
  type StoryTenant,
} from './payments-data.js';
import { domainStoryClient, json, never, offline, problem } from './story-client.js';

/** How the pretend server answers; every answer defaults to `ok`. */
export interface PaymentsStoryServer {
  /** Leśna 5 (PLN, online) or Невский Апарт (RUB, online and two loyalty programs). */
  tenant?: StoryTenant;
  /** Who is signed in: the owner of both units, or the manager. */
  person?: 'owner' | 'staff';
  /** The list of accounts: some, none, never, or out of reach. */
  accounts?: 'ok' | 'empty' | 'never' | 'offline';
  /** The first account owes nothing. */
  settled?: boolean;
  /** Starting an online payment: made, the provider out of reach, or this page not a portal's. */
  pay?: 'ok' | 'unavailable' | 'return-refused';
  /** A card's look-up: the demo cards known, or the loyalty provider out of reach. */
  quote?: 'ok' | 'unavailable';
  /** The payment form: a PDF, or no bank account on record. */
  form?: 'ok' | 'unavailable';
  /** The reader comes back from the provider's page with a payment that went so. */
  returned?: 'succeeded' | 'failed';
}

/** The loyalty cards the pretend provider knows, with their balances. */
export const storyCards: Record<string, number> = {
  '7000000000000001': 100_000,
  '7000000000000050': 50,
};

const pdf = () =>
  new Response(pdfBytes, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename*=UTF-8''blankiet-LES5-012.pdf`,
    },
  });

const unavailable = () => problem(503, 'provider_unavailable', { retryAfter: 30 });

const rejected = (field: string, code: string, params?: Record<string, number | string>) =>
  problem(422, 'payment_rejected', {
    errors: [{ field, code, message: code, ...(params ? { params } : {}) }],
  });

/** The entries of an account, newest first, as the route pages them (the cursor is an index). */
function entryPage(state: PaymentsState, accountId: string, query: URLSearchParams): Response {
  const from = query.get('from');
  const to = query.get('to');
  const items = (state.entries.get(accountId) ?? []).filter(
    (entry) => (!from || entry.month >= from) && (!to || entry.month <= to),
  );
  const start = Number(query.get('cursor') ?? 0);
  const end = start + Number(query.get('limit') ?? 20);
  return json(200, {
    items: items.slice(start, end),
    nextCursor: end < items.length ? String(end) : null,
  });
}

async function paymentsAnswer(
  server: PaymentsStoryServer,
  state: PaymentsState,
  request: Request,
  route: string,
  path: string,
  query: URLSearchParams,
): Promise<Response | null> {
  const id = path.split('/')[2] ?? '';
  const account = state.accounts.find((candidate) => candidate.id === id);
  const types = paymentTypes(state.tenant);
  switch (route) {
    case 'GET /me':
      return json(200, paymentsMe(state, server.person ?? 'owner'));
    case 'GET /accounts': {
      const list = server.accounts ?? 'ok';
      if (list === 'never') return never();
      if (list === 'offline') return offline();
      return json(200, { items: list === 'empty' ? [] : state.accounts, nextCursor: null });
    }
    case 'GET /payment-types':
      return json(200, { items: types });
    case 'GET /accounts/:id/entries':
      return entryPage(state, id, query);
    case 'POST /accounts/:id/payments': {
      if (server.pay === 'unavailable') return unavailable();
      if (server.pay === 'return-refused') return rejected('returnUrl', 'return_url_not_allowed');
      const input = (await request.json()) as PaymentInput;
      const type = types.find((candidate) => candidate.id === input.paymentTypeId);
      if (!account || !type) return problem(404, 'not_found');
      if (input.amount > -account.balance) {
        return rejected('amount', 'amount_over_debt', {
          limit: -account.balance,
          currency: account.currency,
        });
      }
      return json(201, paymentOf(account, type, input.amount, 'pending'));
    }
    case 'GET /payments/:id': {
      const payment = state.payments.get(id);
      if (!payment) return problem(404, 'not_found');
      if (payment.status === 'pending' && server.returned) {
        const status = server.returned;
        const done = {
          ...payment,
          status,
          failure: status === 'failed' ? ('declined' as const) : null,
        };
        if (status === 'succeeded') book(state, done);
        state.payments.set(id, done);
      }
      return json(200, state.payments.get(id));
    }
    case 'POST /accounts/:id/points-quote': {
      if (server.quote === 'unavailable') return unavailable();
      const card = (await request.json()) as PointsCard;
      const type = types.find((candidate) => candidate.id === card.paymentTypeId);
      const balance = storyCards[card.cardNumber];
      if (!account || !type) return problem(404, 'not_found');
      if (account.balance >= 0) return rejected('paymentTypeId', 'nothing_owed');
      if (balance === undefined) return rejected('cardNumber', 'card_not_found');
      return json(200, quoteOf(account, type, card.cardNumber, balance));
    }
    case 'POST /accounts/:id/points-payments': {
      const input = (await request.json()) as PointsPaymentInput;
      const type = types.find((candidate) => candidate.id === input.paymentTypeId);
      const balance = storyCards[input.cardNumber] ?? 0;
      if (!account || !type) return problem(404, 'not_found');
      const { available } = quoteOf(account, type, input.cardNumber, balance);
      if (input.points > available) {
        return rejected('points', 'points_over_available', { limit: available });
      }
      storyCards[input.cardNumber] = balance - input.points;
      const amount = input.points * (type.pointValue ?? 1);
      const payment = paymentOf(account, type, amount, 'succeeded', input.points);
      book(state, payment);
      return json(201, payment);
    }
    case 'GET /accounts/:id/payment-form':
      return server.form === 'unavailable' ? problem(409, 'payment_form_unavailable') : pdf();
    default:
      return null;
  }
}

/** A client signed in as the story's reader, whose pretend server books what they pay. */
export async function paymentsStoryClient(server: PaymentsStoryServer = {}): Promise<AtriumClient> {
  const state = paymentsState(server.tenant ?? 'lesna', server.settled ?? false);
  if (server.returned) {
    // The reader comes back from the provider's page: the payment's id is in the address.
    const [account] = state.accounts;
    const [type] = paymentTypes(state.tenant);
    if (account && type) {
      const payment = paymentOf(account, type, 25000, 'pending');
      state.payments.set(payment.id, payment);
      const url = new URL(location.href);
      url.searchParams.set(returnedPaymentParam, payment.id);
      history.replaceState(history.state, '', url);
    }
  }
  const email = paymentsMe(state, 'owner').email;
  return domainStoryClient(email, (request, route, path, query) =>
    paymentsAnswer(server, state, request, route, path, query),
  );
}
