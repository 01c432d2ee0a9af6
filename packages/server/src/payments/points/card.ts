import { countAttempt } from '../../auth/rate-limit.js';
import type { Sql } from '../../db/scope.js';
import { fromProvider } from '../providers/unavailable.js';
import type { LoyaltyProvider } from '../providers/types.js';
import { rejected } from '../refusals.js';

/** A card number as shown back: masked but for its last four digits. */
export const maskedCard = (cardNumber: string) => `•••• ${lastFour(cardNumber)}`;

/** The last four digits, all a payment keeps of the card (051). */
export const lastFour = (cardNumber: string) => cardNumber.slice(-4);

/**
 * Counts a card look-up the person is about to make, in the caller's transaction: 429
 * too_many_attempts past the limit (see rate-limit.ts), so card numbers are not to be guessed.
 */
export const countCardLookup = (
  sql: Sql,
  q: { tenantId: string; personId: string; address: string },
) =>
  countAttempt(sql, {
    tenantId: q.tenantId,
    action: 'card_lookup',
    account: q.personId,
    address: q.address,
  });

/** The card's balance in the program; 422 card_not_found, 503 when the program fails. */
export async function cardBalance(
  loyalty: LoyaltyProvider,
  q: { program: string; cardNumber: string },
): Promise<number> {
  const card = await fromProvider(loyalty.lookup(q.program, q.cardNumber));
  if (!card) throw rejected('cardNumber', 'card_not_found');
  return card.balance;
}
