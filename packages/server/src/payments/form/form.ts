import type { Locale } from '@atrium/sdk';
import type { Sql } from '../../db/scope.js';
import { ApiProblem, notFound } from '../../errors/problem.js';
import { entryMethod, joinEntryPayment } from '../entry-method.js';
import type { PaymentMethod } from '../types.js';
import { chargeTitles, type ChargeTitle } from './locales.js';

/**
 * Who is paid: the property's legal entity (DIR-1), by transfer to its bank account; at the
 * property's address, the only one on record for it.
 */
export interface Payee {
  name: string;
  address: string;
  bankAccount: string;
  bankName: string | null;
  bankCode: string | null;
  correspondentAccount: string | null;
  taxId: string | null;
}

/**
 * Who pays: the account and its unit. No one's name: the account number is what the payee
 * matches a transfer by, and the form is often forwarded (a co-owner, a tenant, a bank), so it
 * carries no personal data it does not need.
 */
export interface Payer {
  accountNumber: string;
  unitNumber: string;
  propertyName: string;
  propertyAddress: string;
}

/** The month's charges or settlements of one title, as owed: a charge adds, a refund takes off. */
export interface FormLine {
  kind: 'charge' | 'settlement';
  title: ChargeTitle;
  owed: number;
}

/** A payment booked for the month, on its local day. */
export interface FormPayment {
  day: string;
  method: PaymentMethod;
  amount: number;
}

/** Everything the month's payment form shows (FIN-3), in one language; money in minor units. */
export interface PaymentForm {
  locale: Locale;
  /** YYYY-MM */
  month: string;
  currency: string;
  tenantName: string;
  payee: Payee;
  payer: Payer;
  lines: FormLine[];
  payments: FormPayment[];
  /** The month's charges and settlements: what the month asks for. */
  due: number;
  /** The payments booked for the month. */
  paid: number;
  /** due − paid, never below zero. */
  toPay: number;
  /** The balance of the months before (negative: still owed); shown, not added to toPay. */
  earlierBalance: number;
}

type HeaderRow = Payee & Payer & { currency: string; tenantName: string; timeZone: string };

/**
 * The account's payment form for a month, as seen by a viewer of the given units (null: any
 * unit): 404 when the account is not one of them, 409 payment_form_unavailable while its
 * property has no bank account.
 */
export async function loadPaymentForm(
  sql: Sql,
  q: {
    tenantId: string;
    accountId: string;
    unitIds: string[] | null;
    month: string;
    locale: Locale;
  },
): Promise<PaymentForm> {
  const { rows } = await sql.query<Omit<HeaderRow, 'bankAccount'> & { bankAccount: string | null }>(
    `SELECT a.number AS "accountNumber", u.number AS "unitNumber", p.name AS "propertyName",
            p.address AS "propertyAddress", p.legal_entity AS name, p.address,
            p.bank_account AS "bankAccount", p.bank_name AS "bankName", p.bank_code AS "bankCode",
            p.correspondent_account AS "correspondentAccount", p.tax_id AS "taxId",
            t.currency, t.name AS "tenantName", t.time_zone AS "timeZone"
       FROM accounts a
       JOIN units u ON u.tenant_id = a.tenant_id AND u.id = a.unit_id
       JOIN properties p ON p.tenant_id = u.tenant_id AND p.id = u.property_id
       JOIN tenants t ON t.id = a.tenant_id
      WHERE a.tenant_id = $1 AND a.id = $2 AND ($3::uuid[] IS NULL OR a.unit_id = ANY($3::uuid[]))`,
    [q.tenantId, q.accountId, q.unitIds],
  );
  const [header] = rows;
  if (!header) throw notFound();
  const { bankAccount } = header;
  if (!bankAccount) throw new ApiProblem(409, 'payment_form_unavailable');
  const figures = await monthFigures(sql, { ...q, timeZone: header.timeZone });
  const due = figures.lines.reduce((sum, line) => sum + line.owed, 0);
  const paid = figures.payments.reduce((sum, payment) => sum + payment.amount, 0);
  return {
    locale: q.locale,
    month: q.month,
    currency: header.currency,
    tenantName: header.tenantName,
    payee: {
      name: header.name,
      address: header.address,
      bankAccount,
      bankName: header.bankName,
      bankCode: header.bankCode,
      correspondentAccount: header.correspondentAccount,
      taxId: header.taxId,
    },
    payer: {
      accountNumber: header.accountNumber,
      unitNumber: header.unitNumber,
      propertyName: header.propertyName,
      propertyAddress: header.propertyAddress,
    },
    ...figures,
    due,
    paid,
    toPay: Math.max(0, due - paid),
  };
}

// Sums arrive as text: bigint is wider than a JS number, though entries bounded like Money
// keep a month's sums well inside one.
async function monthFigures(
  sql: Sql,
  q: { tenantId: string; accountId: string; month: string; timeZone: string },
): Promise<Pick<PaymentForm, 'lines' | 'payments' | 'earlierBalance'>> {
  const values = [q.tenantId, q.accountId, `${q.month}-01`];
  // never a payment's title: the table ties titles to kinds (050)
  const lines = await sql.query<{ kind: FormLine['kind']; title: ChargeTitle; amount: string }>(
    `SELECT kind, title, sum(amount)::text AS amount
       FROM account_entries
      WHERE tenant_id = $1 AND account_id = $2 AND month = $3::date AND kind <> 'payment'
      GROUP BY kind, title
      ORDER BY kind, array_position($4::text[], title)`,
    [...values, chargeTitles],
  );
  const payments = await sql.query<{ day: string; method: PaymentMethod; amount: string }>(
    `SELECT to_char(e.booked_at AT TIME ZONE $4, 'YYYY-MM-DD') AS day,
            ${entryMethod} AS method, e.amount::text AS amount
       FROM account_entries e
       ${joinEntryPayment}
      WHERE e.tenant_id = $1 AND e.account_id = $2 AND e.month = $3::date AND e.kind = 'payment'
      ORDER BY e.booked_at, e.id`,
    [...values, q.timeZone],
  );
  const earlier = await sql.query<{ balance: string }>(
    `SELECT coalesce(sum(amount), 0)::text AS balance
       FROM account_entries
      WHERE tenant_id = $1 AND account_id = $2 AND month < $3::date`,
    values,
  );
  return {
    lines: lines.rows.map(({ kind, title, amount }) => ({ kind, title, owed: -Number(amount) })),
    payments: payments.rows.map((row) => ({ ...row, amount: Number(row.amount) })),
    earlierBalance: Number(earlier.rows[0]?.balance ?? 0),
  };
}
