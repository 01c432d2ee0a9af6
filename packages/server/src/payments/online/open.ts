import type { Sql } from '../../db/scope.js';
import { fieldProblem, notFound, type FieldIssue } from '../../errors/problem.js';
import type { Viewer } from '../../people/viewer.js';
import { requireAccountHolder, unitsSeenBy } from '../access.js';
import { debtOf } from '../points/account.js';
import { keyReused } from '../points/refusals.js';
import { findPaymentType } from '../types/repository.js';
import { insertOnlinePayment, paymentUnderKey, type OnlineAsk } from './rows.js';

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

/**
 * Records an online payment pending before the provider hears of it (FIN-2), so none is ever
 * made there that we hold no record of; or finds the one its key made before (a retry), which
 * must be the same ask. The account must be one the person sees (404); the amount at most the
 * debt; the type an enabled `money` one; the return address on the tenant's portal (422).
 * Pending online payments are not counted as paid: one abandoned on the provider's page must
 * not stop the next.
 */
export async function openOnlinePayment(
  sql: Sql,
  q: { viewer: Viewer; ask: OnlineAsk; currency: string; provider: string; returnAllowed: boolean },
): Promise<string> {
  const { ask } = q;
  requireAccountHolder(q.viewer);
  const debt = await debtOf(sql, { ...ask, unitIds: unitsSeenBy(q.viewer) });
  if (debt === null) throw notFound();
  const made = await paymentUnderKey(sql, ask);
  if (made === 'other') throw keyReused();
  if (made) return made;
  const issues = await refusals(sql, { ...q, debt });
  if (issues.length) throw fieldProblem(422, 'payment_rejected', issues);
  const id = await insertOnlinePayment(sql, { ...ask, provider: q.provider });
  if (id) return id;
  // a request with the same key committed its payment meanwhile
  const theirs = await paymentUnderKey(sql, ask);
  if (theirs === null || theirs === 'other') throw keyReused();
  return theirs;
}
