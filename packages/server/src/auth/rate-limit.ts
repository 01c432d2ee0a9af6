import type { Sql } from '../db/scope.js';
import { ApiProblem } from '../errors/problem.js';

export type LimitedAction =
  | 'sign_in'
  | 'password_reset'
  | 'card_lookup'
  | 'registration_code'
  | 'registration'
  | 'email_change';

/**
 * How many attempts a window tolerates. An account is locked only for the address that
 * hammers it, so its owner still signs in from elsewhere; an address trying many accounts
 * is stopped as a whole; a very high count on one account from many addresses stops too.
 */
const limits: Record<
  LimitedAction,
  { windowSeconds: number; accountAtAddress: number; address: number; account: number }
> = {
  sign_in: { windowSeconds: 15 * 60, accountAtAddress: 5, address: 20, account: 50 },
  password_reset: { windowSeconds: 15 * 60, accountAtAddress: 5, address: 20, account: 5 },
  // a look-up at the loyalty provider tells whether a card exists and what it holds: a person
  // paying looks up a card or two, one guessing numbers is stopped; a building's residents
  // may share one address
  card_lookup: { windowSeconds: 15 * 60, accountAtAddress: 40, address: 400, account: 80 },
  // each code is an SMS to someone's phone (DIR-5): a person asks for one or two, one pestering
  // a phone or sending to many is stopped
  registration_code: { windowSeconds: 60 * 60, accountAtAddress: 5, address: 20, account: 10 },
  // each try spends one of a code's five; the codes' own limit bounds the guesses per phone
  registration: { windowSeconds: 15 * 60, accountAtAddress: 10, address: 30, account: 20 },
  // each asks for a link to an address the person typed: a few typos are fine, a person
  // mailing strangers or probing which addresses the tenant knows (email_taken) is stopped
  email_change: { windowSeconds: 60 * 60, accountAtAddress: 5, address: 20, account: 10 },
};

export interface Attempt {
  tenantId: string;
  action: LimitedAction;
  /**
   * The account tried: the e-mail signed in or reset with, for what a signed-in person does
   * (card_lookup, email_change) their id, for self-registration the phone. Stored in
   * login_attempts.email.
   */
  account: string;
  address: string;
}

// Advisory-lock namespaces (first key of pg_advisory_xact_lock(int, int)), one per counter.
const accountLock = 4_242_101;
const addressLock = 4_242_102;

/**
 * Counts an attempt before it is judged: refuses with 429 too_many_attempts while any
 * counter is full, else records it. Attempts on the same account or from the same address
 * queue behind one lock until the caller's transaction ends, so parallel guesses cannot
 * all read the same count; the account lock is always taken first, so no deadlock.
 */
export async function countAttempt(sql: Sql, attempt: Attempt): Promise<void> {
  const scope = `${attempt.tenantId}:${attempt.action}`;
  for (const [namespace, key] of [
    [accountLock, `${scope}:${attempt.account}`],
    [addressLock, `${scope}:${attempt.address}`],
  ] as const) {
    await sql.query('SELECT pg_advisory_xact_lock($1, hashtext($2::text))', [namespace, key]);
  }
  await enforceLimit(sql, attempt);
  await sql.query(
    'INSERT INTO login_attempts (tenant_id, action, email, address) VALUES ($1, $2, $3, $4)',
    [attempt.tenantId, attempt.action, attempt.account, attempt.address],
  );
}

/** Refuses with 429 too_many_attempts while any counter of this attempt is full. */
async function enforceLimit(sql: Sql, attempt: Attempt): Promise<void> {
  const limit = limits[attempt.action];
  const { rows } = await sql.query<{ wait: number | null }>(
    `WITH recent AS (
       SELECT email = $3 AS same_account, address = $4 AS same_address, attempted_at
         FROM login_attempts
        WHERE tenant_id = $1 AND action = $2 AND (email = $3 OR address = $4)
          AND attempted_at > now() - make_interval(secs => $5)
     ), full_counters AS (
       SELECT min(attempted_at) FILTER (WHERE same_account AND same_address) AS since,
              count(*) FILTER (WHERE same_account AND same_address) >= $6 AS is_full
         FROM recent
       UNION ALL
       SELECT min(attempted_at) FILTER (WHERE same_address), count(*) FILTER (WHERE same_address) >= $7
         FROM recent
       UNION ALL
       SELECT min(attempted_at) FILTER (WHERE same_account), count(*) FILTER (WHERE same_account) >= $8
         FROM recent
     )
     SELECT max(ceil(extract(epoch FROM since + make_interval(secs => $5) - now())))::int AS wait
       FROM full_counters WHERE is_full`,
    [
      attempt.tenantId,
      attempt.action,
      attempt.account,
      attempt.address,
      limit.windowSeconds,
      limit.accountAtAddress,
      limit.address,
      limit.account,
    ],
  );
  const wait = rows[0]?.wait;
  if (wait != null) {
    const retryAfter = Math.max(1, wait);
    throw new ApiProblem(429, 'too_many_attempts', {
      detail: 'retryLater',
      params: { seconds: retryAfter },
      retryAfter,
    });
  }
}

/** A successful sign-in forgets that account's attempts from that address, itself included. */
export async function clearAttempts(sql: Sql, attempt: Attempt): Promise<void> {
  await sql.query(
    'DELETE FROM login_attempts WHERE tenant_id = $1 AND action = $2 AND email = $3 AND address = $4',
    [attempt.tenantId, attempt.action, attempt.account, attempt.address],
  );
}
