import { randomBytes } from 'node:crypto';
import { Faults, Hangs, type FaultKind, type FaultPlan } from '../faults.js';
import { loyaltyApi, type LoyaltyOperation } from './api.js';
import { Ledger, type SandboxCard, type SandboxDebit } from './ledger.js';

export type { FaultKind, FaultPlan, LoyaltyOperation, SandboxCard, SandboxDebit };

export interface LoyaltySandboxOptions {
  /** The cards its programs know from the start. */
  cards?: SandboxCard[];
  /** The API key its clients must send; default a random one (see control.apiKey). */
  apiKey?: string;
}

/** What a test (or the demo's wiring) may do to the sandbox in-process. */
export interface LoyaltySandboxControl {
  /** The key the API takes as `Authorization: Bearer <key>`. */
  readonly apiKey: string;
  /** The next `count` calls (of one operation, or any) fail as the plan says (default error). */
  fail(count: number, plan?: FaultPlan<LoyaltyOperation>): void;
  /** From the next call on, every other call (of one operation, or any) fails, until recover(). */
  flap(plan?: FaultPlan<LoyaltyOperation>): void;
  /** Drops the failures planned and not yet taken, and stops the flapping. */
  recover(): void;
  /** Adds a card to a program or sets its balance. */
  setBalance(program: string, cardNumber: string, balance: number): void;
  /** A card's balance, undefined for a card the program does not know. */
  balance(program: string, cardNumber: string): number | undefined;
  /** Every debit made, refunded ones included, oldest first. */
  debits(): SandboxDebit[];
  /** How many calls of each operation the API has taken, failed ones included. */
  calls(): Record<LoyaltyOperation, number>;
}

/**
 * A stand-in for a loyalty provider's HTTP API (FIN-5, FIN-6), to mount anywhere (the server
 * mounts it at /sandbox/loyalty when given no provider). It runs any number of programs, each
 * with cards of its own (a program it does not run has no cards):
 * - `POST /v1/cards/lookup` {program, cardNumber} → 200 {program, cardNumber, balance} | 404
 *   card_not_found
 * - `POST /v1/debits` (Idempotency-Key) {program, cardNumber, points} → 201 the debit with the
 *   card's new balance | 409 {code: insufficient_points, balance} | 404 card_not_found; the
 *   same key gets the same answer, with another request 422 idempotency_key_reused
 * - `GET /v1/debits?key=` → 200 {items: the debits made under the key}
 * - `POST /v1/debits/:id/refund` → 200 the debit, refunded (again: the same) | 404
 * Every call needs the API key (401); a body that is not the API's is 400 invalid_request.
 */
export function createLoyaltySandbox(options: LoyaltySandboxOptions = {}) {
  const ledger = new Ledger(options.cards);
  const faults = new Faults<LoyaltyOperation>();
  const apiKey = options.apiKey ?? `sk_loyalty_${randomBytes(16).toString('hex')}`;
  const { api, calls } = loyaltyApi({ ledger, faults, hangs: new Hangs(), apiKey });
  const control: LoyaltySandboxControl = {
    apiKey,
    fail: (count, plan) => faults.plan(count, plan),
    flap: (plan) => faults.flap(plan),
    recover: () => faults.clear(),
    setBalance: (program, cardNumber, balance) => ledger.setBalance(program, cardNumber, balance),
    balance: (program, cardNumber) => ledger.balance(program, cardNumber),
    debits: () => ledger.allDebits(),
    calls,
  };
  return { plugin: api, control };
}
