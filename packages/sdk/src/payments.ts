import type { CallOptions } from './auth.js';
import type { Send } from './http.js';
import type { AccountEntriesQuery, AccountEntryPage, AccountPage, AccountsQuery } from './types.js';

/** Unit accounts: charges, payments, settlements and the balance (FIN-1). */
export interface PaymentsApi {
  /** One page of the accounts the person may see, with their balances (staff: all). */
  accounts(query?: AccountsQuery, opts?: CallOptions): Promise<AccountPage>;
  /** One page of an account's entries, newest first. */
  entries(
    accountId: string,
    query?: AccountEntriesQuery,
    opts?: CallOptions,
  ): Promise<AccountEntryPage>;
}

export function createPayments(send: Send): PaymentsApi {
  return {
    accounts: (query, opts) =>
      send({ method: 'get', path: '/accounts', query, auth: true, signal: opts?.signal }),

    entries: (accountId, query, opts) =>
      send({
        method: 'get',
        path: '/accounts/{accountId}/entries',
        pathParams: { accountId },
        query,
        auth: true,
        signal: opts?.signal,
      }),
  };
}
