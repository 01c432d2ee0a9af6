import { randomBytes } from 'node:crypto';

/** A debit as the sandbox keeps it; a refunded one gave its points back. */
export interface SandboxDebit {
  id: string;
  /** The Idempotency-Key it was made under. */
  key: string;
  cardNumber: string;
  points: number;
  status: 'succeeded' | 'refunded';
  created: number;
}

/** An HTTP answer of the sandbox's API: its status and JSON body. */
export interface Answer {
  status: number;
  body: object;
}

const debitBody = (debit: SandboxDebit, balance: number) => ({ ...debit, balance });
const cardNotFound: Answer = { status: 404, body: { code: 'card_not_found' } };

/**
 * The loyalty program's books: cards with their balances, debits, and the answer given for
 * each Idempotency-Key. Every change is synchronous, from its check to its write, so on
 * Node's one thread no two debits of one card ever interleave: the last points go once.
 */
export class Ledger {
  private readonly cards = new Map<string, number>();
  private readonly debits = new Map<string, SandboxDebit>();
  // per key: what was asked (to refuse the key for another request) and what was answered
  private readonly keys = new Map<string, { asked: string; answer: Answer }>();

  constructor(cards: { number: string; balance: number }[] = []) {
    for (const card of cards) this.setBalance(card.number, card.balance);
  }

  balance(cardNumber: string): number | undefined {
    return this.cards.get(cardNumber);
  }

  /** Adds the card, or sets its balance. */
  setBalance(cardNumber: string, balance: number) {
    if (!Number.isSafeInteger(balance) || balance < 0) throw new Error(`bad balance ${balance}`);
    this.cards.set(cardNumber, balance);
  }

  lookup(cardNumber: string): Answer {
    const balance = this.cards.get(cardNumber);
    return balance === undefined ? cardNotFound : { status: 200, body: { cardNumber, balance } };
  }

  /**
   * Takes the points off the card once per key: a repeat of the key gets the first answer
   * (a refusal too), a key sent before with another request is refused.
   */
  debit(key: string, cardNumber: string, points: number): Answer & { replayed: boolean } {
    const asked = JSON.stringify([cardNumber, points]);
    const seen = this.keys.get(key);
    if (seen) {
      if (seen.asked !== asked) {
        return { status: 422, body: { code: 'idempotency_key_reused' }, replayed: false };
      }
      return { ...seen.answer, replayed: true };
    }
    const answer = this.take(key, cardNumber, points);
    this.keys.set(key, { asked, answer });
    return { ...answer, replayed: false };
  }

  private take(key: string, cardNumber: string, points: number): Answer {
    const balance = this.cards.get(cardNumber);
    if (balance === undefined) return cardNotFound;
    if (balance < points) return { status: 409, body: { code: 'insufficient_points', balance } };
    const debit: SandboxDebit = {
      id: `dbt_${randomBytes(12).toString('hex')}`,
      key,
      cardNumber,
      points,
      status: 'succeeded',
      created: Math.floor(Date.now() / 1000),
    };
    this.cards.set(cardNumber, balance - points);
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
    const balance = this.cards.get(debit.cardNumber) ?? 0;
    if (debit.status === 'refunded') return { status: 200, body: debitBody(debit, balance) };
    debit.status = 'refunded';
    this.cards.set(debit.cardNumber, balance + debit.points);
    return { status: 200, body: debitBody(debit, balance + debit.points) };
  }

  /** Every debit, oldest first. */
  allDebits(): SandboxDebit[] {
    return [...this.debits.values()].map((d) => ({ ...d }));
  }
}
