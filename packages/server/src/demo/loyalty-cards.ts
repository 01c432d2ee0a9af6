import type { SandboxCard } from '../sandbox/loyalty/index.js';

/** The demo's loyalty programs (data.ts names them on the payment types of `demo-hotel`). */
const programs = ['nevsky-rub', 'nevsky-points'];

/**
 * Loyalty cards the demo's loyalty sandbox knows (FIN-6), the same two in each of the Russian
 * demo tenant's programs: a card number means a card within its program. Clearly fake numbers
 * (digits only, as the contract's CardNumber); the README's demo section lists them.
 */
export const demoLoyaltyCards: SandboxCard[] = programs.flatMap((program) => [
  // plenty of points: the payment is limited by the type's cap, not by the card
  { program, number: '7000000000000001', balance: 100_000 },
  // 50 points: the card is the limit (the "a card of 50 points")
  { program, number: '7000000000000050', balance: 50 },
]);
