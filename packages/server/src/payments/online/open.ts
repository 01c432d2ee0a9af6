import type { Sql } from '../../db/scope.js';
import { fieldProblem, notFound, type FieldIssue } from '../../errors/problem.js';
import type { Viewer } from '../../people/viewer.js';
import { requirePayer } from '../access.js';
import { debtOf } from '../account-debt.js';
import { findPaymentType } from '../payment-types/repository.js';
import { keyReused } from '../refusals.js';
import { paymentUnderKey, type KeyedPayment } from '../under-key.js';
import { insertOnlinePayment, type OnlineAsk } from './rows.js';

/** What FIN-2 refuses in an ask, field by field: none when it may be paid. */
async function refusals(
  sql: Sql,
  q: { ask: OnlineAsk; debt: number; currency: string; returnAllowed: boolean },
): Promise<FieldIssue[]> {
  const { ask, debt } = q;
  const issues: FieldIssue[] = [];
  const type = await findPaymentType(sql, ask);
  if (!type?.enabled || type.kind !== 'money') {
    issues.push({ field: 'paymentTypeId', code: 'payment_type_unavailable' });
  }
  if (debt === 0) issues.push({ field: 'amount', code: 'nothing_owed' });
  else if (ask.amount > debt) {
    issues.push({
      field: 'amount',
      code: 'amount_over_debt',
      params: { limit: debt, currency: q.currency },
    });
  }
  if (!q.returnAllowed) issues.push({ field: 'returnUrl', code: 'return_url_not_allowed' });
  return issues;
}

const sameAsk = (ask: OnlineAsk) => (made: KeyedPayment) =>
  made.method === 'online' &&
  made.accountId === ask.accountId &&
  made.paymentTypeId === ask.paymentTypeId &&
  made.amount === ask.amount &&
  made.returnUrl === ask.returnUrl &&
  made.createdBy === ask.personId;

/**
 * Records an online payment pending before the provider hears of it (FIN-2), so none is ever
 * made there that we hold no record of; or finds the one its key made before (a retry), which
 * must be the same ask (422). Only the account's owners and residents pay (403), on an account
 * they see (404); the amount at most the debt; the type an enabled `money` one; the return
 * address on the tenant's portal (422). Pending online payments are not counted as paid: one
 * abandoned on the provider's page must not stop the next.
 */
export async function openOnlinePayment(
  sql: Sql,
  q: { viewer: Viewer; ask: OnlineAsk; currency: string; provider: string; returnAllowed: boolean },
): Promise<string> {
  const { ask } = q;
  requirePayer(q.viewer);
  const debt = await debtOf(sql, { ...ask, unitIds: q.viewer.unitIds });
  if (debt === null) throw notFound();
  const made = await paymentUnderKey(sql, ask, sameAsk(ask));
  if (made) return made.id;
  const issues = await refusals(sql, { ...q, debt });
  if (issues.length) throw fieldProblem(422, 'payment_rejected', issues);
  const id = await insertOnlinePayment(sql, { ...ask, provider: q.provider });
  if (id) return id;
  // a request with the same key committed its payment meanwhile
  const theirs = await paymentUnderKey(sql, ask, sameAsk(ask));
  if (!theirs) throw keyReused();
  return theirs.id;
}
