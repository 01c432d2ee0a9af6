import { hashPassword } from '../src/auth/passwords.js';
import { one, type Sql } from '../src/db/scope.js';
import type { PaymentType, PaymentTypeInput } from '../src/payments/types.js';
import { signIns, type Call, type TestServer } from './helpers.js';

// Who plays a part: the owner and a resident of flat 1, the neighbour of flat 2, a board
// member of flat 1 who neither owns nor lives there, and the three staff roles.
const people = {
  owner: { unit: '1', role: 'owner', staff: null, locale: 'ru' },
  resident: { unit: '1', role: 'resident', staff: null, locale: 'pl' },
  neighbour: { unit: '2', role: 'resident', staff: null, locale: 'en' },
  board: { unit: '1', role: 'board_member', staff: null, locale: 'ru' },
  manager: { unit: null, role: null, staff: 'manager', locale: 'ru' },
  director: { unit: null, role: null, staff: 'director', locale: 'ru' },
  accountant: { unit: null, role: null, staff: 'accountant', locale: 'ru' },
} as const;
export type Who = keyof typeof people;
const password = 'Payments-Lab-2026!';

export type { Call } from './helpers.js';

/** A tenant of its own for the payments tests (RUB): flats 1 and 2, an account each. */
export interface PaymentsLab {
  slug: string;
  tenantId: string;
  accounts: { a1: string; a2: string };
  /** fetch on the lab's API as someone of it, with their bearer token. */
  as(who: Who): Promise<Call>;
  /** Someone's access token, for a request sent past the contract's check. */
  token(who: Who): Promise<string>;
  /** Runs SQL beside the server, seeing every tenant. */
  sql<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** Books an entry that brings the account's balance to `balance` (minor units). */
  setBalance(accountId: string, balance: number): Promise<void>;
  /** The account's stored balance. */
  balance(accountId: string): Promise<number>;
  /** A payment type added by the manager through the API. */
  addType(input: PaymentTypeInput): Promise<PaymentType>;
}

export async function createPaymentsLab(server: TestServer, slug: string): Promise<PaymentsLab> {
  const hash = await hashPassword(password);
  const db = server.app.db;
  const ids = await db.withSystem(async (sql) => {
    const { id: tenantId } = one(
      await sql.query<{ id: string }>(
        `INSERT INTO tenants (slug, name, default_locale, currency, time_zone)
         VALUES ($1, 'Payments Lab', 'ru', 'RUB', 'Europe/Moscow') RETURNING id`,
        [slug],
      ),
    );
    const { rows } = await sql.query<{ number: string; unitId: string; accountId: string }>(
      `WITH p AS (INSERT INTO properties (tenant_id, name, type, legal_entity, address, total_area)
                  VALUES ($1, 'Lab House', 'residential_building', 'Lab HOA', 'Lab St 1', 300)
                  RETURNING id),
            u AS (INSERT INTO units (tenant_id, property_id, number, area)
                  SELECT $1, p.id, n, 50 FROM p, unnest(ARRAY['1', '2']) n RETURNING id, number)
       INSERT INTO accounts (tenant_id, unit_id, number)
       SELECT $1, u.id, 'LAB-' || u.number FROM u
       RETURNING unit_id AS "unitId", id AS "accountId", substr(number, 5) AS number`,
      [tenantId],
    );
    const unit = (n: string) => rows.find((r) => r.number === n);
    for (const [name, person] of Object.entries(people)) {
      const { id } = one(
        await sql.query<{ id: string }>(
          `INSERT INTO people (tenant_id, email, name, locale, password_hash, staff_role)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [tenantId, `${name}@${slug}.example`, `Lab ${name}`, person.locale, hash, person.staff],
        ),
      );
      if (person.unit) {
        await sql.query(
          `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
           VALUES ($1, $2, $3, $4, $5)`,
          [
            tenantId,
            id,
            unit(person.unit)?.unitId,
            person.role,
            person.role === 'owner' ? 1 : null,
          ],
        );
      }
    }
    const accountOf = (n: string) => unit(n)?.accountId ?? '';
    return { tenantId, accounts: { a1: accountOf('1'), a2: accountOf('2') } };
  });

  const sql = <T>(fn: (sql: Sql) => Promise<T>) => db.withSystem(fn);
  const balance = async (accountId: string) =>
    sql(async (s) =>
      Number(
        one(
          await s.query<{ balance: string }>('SELECT balance::text FROM accounts WHERE id = $1', [
            accountId,
          ]),
        ).balance,
      ),
    );
  const signedIn = signIns(server, slug, password);
  const email = (who: Who) => `${who}@${slug}.example`;
  const as = (who: Who) => signedIn(email(who));
  const token = async (who: Who) =>
    (await server.client(slug).auth.signIn({ email: email(who), password })).accessToken;

  return {
    slug,
    ...ids,
    as,
    token,
    sql,
    balance,
    async setBalance(accountId, target) {
      const change = target - (await balance(accountId));
      if (!change) return;
      // a charge lowers it, a bank transfer raises it (050)
      await sql((s) =>
        s.query(
          `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount)
           VALUES ($1, $2, $3, $4, date_trunc('month', now())::date, $5)`,
          [
            ids.tenantId,
            accountId,
            change < 0 ? 'charge' : 'payment',
            change < 0 ? 'maintenance' : 'payment',
            change,
          ],
        ),
      );
    },
    async addType(input) {
      const response = await (
        await as('manager')
      )('/payment-types', {
        method: 'POST',
        json: input,
      });
      if (response.status !== 201) throw new Error(await response.text());
      return (await response.json()) as PaymentType;
    },
  };
}
