import type { LoyaltyProvider } from '../providers/types.js';
import { rejected } from './refusals.js';
import { fromProvider } from './unavailable.js';

/** A card number as shown back: masked but for its last four digits. */
export const maskedCard = (cardNumber: string) => `•••• ${lastFour(cardNumber)}`;

/** The last four digits, all a payment keeps of the card (051). */
export const lastFour = (cardNumber: string) => cardNumber.slice(-4);

/** The card's balance at the loyalty program; 422 card_not_found, 503 when it fails. */
export async function cardBalance(loyalty: LoyaltyProvider, cardNumber: string): Promise<number> {
  const card = await fromProvider(loyalty.lookup(cardNumber));
  if (!card) throw rejected('cardNumber', 'card_not_found');
  return card.balance;
}
