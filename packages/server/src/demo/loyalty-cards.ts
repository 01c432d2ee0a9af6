/**
 * Loyalty cards the demo's loyalty sandbox knows (FIN-6), for the Russian demo tenant
 * `demo-hotel`. Clearly fake numbers (digits only, as the contract's CardNumber); the README's
 * demo section lists them.
 */
export const demoLoyaltyCards: { number: string; balance: number }[] = [
  // plenty of points: the payment is limited by the type's cap, not by the card
  { number: '7000000000000001', balance: 100_000 },
  // 50 points: the card is the limit (the "a card of 50 points")
  { number: '7000000000000050', balance: 50 },
];
