import { randomBytes } from 'node:crypto';
import { KeyedAnswers, type Answer } from '../http.js';

/** A card the program knows from the start, with its balance in whole points. */
export interface SandboxCard {
  program: string;
  number: string;
  balance: number;
}

/** A debit as the sandbox keeps it; a refunded one gave its points back. */
export interface SandboxDebit {
  id: string;
  /** The Idempotency-Key it was made under. */
  key: string;
  program: string;
  cardNumber: string;
  points: number;
  status: 'succeeded' | 'refunded';
  created: number;
}

const debitBody = (debit: SandboxDebit, balance: number) => ({ ...debit, balance });
const cardNotFound: Answer = { status: 404, body: { code: 'card_not_found' } };
// a card is its program's: one number may be a card in two programs
const cardOf = (program: string, cardNumber: string) => JSON.stringify([program, cardNumber]);

/**
 * The loyalty provider's books: its programs' cards with their balances, debits, and the
 * answer given for each Idempotency-Key. Every change is synchronous, from its check to its
 * write, so on Node's one thread no two debits of one card ever interleave: the last points
 * go once.
 */
export class Ledger {
  private readonly cards = new Map<string, number>();
  private readonly debits = new Map<string, SandboxDebit>();
  private readonly keys = new KeyedAnswers();

  constructor(cards: SandboxCard[] = []) {
    for (const card of cards) this.setBalance(card.program, card.number, card.balance);
  }

  balance(program: string, cardNumber: string): number | undefined {
    return this.cards.get(cardOf(program, cardNumber));
  }

  /** Adds the card to the program, or sets its balance. */
  setBalance(program: string, cardNumber: string, balance: number) {
    if (!Number.isSafeInteger(balance) || balance < 0) throw new Error(`bad balance ${balance}`);
    this.cards.set(cardOf(program, cardNumber), balance);
  }

  lookup(program: string, cardNumber: string): Answer {
    const balance = this.balance(program, cardNumber);
    return balance === undefined
      ? cardNotFound
      : { status: 200, body: { program, cardNumber, balance } };
  }

  /** Takes the points off the card once per key (see KeyedAnswers). */
  debit(key: string, program: string, cardNumber: string, points: number) {
    return this.keys.answer(key, [program, cardNumber, points], () =>
      this.take(key, program, cardNumber, points),
    );
  }

  private take(key: string, program: string, cardNumber: string, points: number): Answer {
    const balance = this.balance(program, cardNumber);
    if (balance === undefined) return cardNotFound;
    if (balance < points) return { status: 409, body: { code: 'insufficient_points', balance } };
    const debit: SandboxDebit = {
      id: `dbt_${randomBytes(12).toString('hex')}`,
      key,
      program,
      cardNumber,
      points,
      status: 'succeeded',
      created: Math.floor(Date.now() / 1000),
    };
    this.setBalance(program, cardNumber, balance - points);
    this.debits.set(debit.id, debit);
    return { status: 201, body: debitBody(debit, balance - points) };
  }

  /** The debits made under a key: none or one. */
  debitsByKey(key: string): SandboxDebit[] {
    return [...this.debits.values()].filter((d) => d.key === key).map((d) => ({ ...d }));
  }

  /** Gives a debit's points back to its card, once; a repeat answers the same. */
  refund(id: string): Answer {
    const debit = this.debits.get(id);
    if (!debit) return { status: 404, body: { code: 'debit_not_found' } };
    const balance = this.balance(debit.program, debit.cardNumber) ?? 0;
    if (debit.status === 'refunded') return { status: 200, body: debitBody(debit, balance) };
    debit.status = 'refunded';
    this.setBalance(debit.program, debit.cardNumber, balance + debit.points);
    return { status: 200, body: debitBody(debit, balance + debit.points) };
  }

  /** Every debit, oldest first. */
  allDebits(): SandboxDebit[] {
    return [...this.debits.values()].map((d) => ({ ...d }));
  }
}
