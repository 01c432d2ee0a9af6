import { fromScaled, toScaled } from '../decimal/exact.js';
import type { Fraction, Majority, ResolutionResult, VoteChoice } from './types.js';

// Weights are area (two decimals) × share (eight decimals): ten decimals hold them exactly.
const scale = 10;
const toWeight = (text: string) => toScaled(text, scale);
const weightText = (weight: bigint) => fromScaled(weight, scale);

/** What a resolution's result depends on: the meeting's figures and the votes that count. */
export interface TallyInput {
  totalArea: string;
  quorum: Fraction;
  majority: Majority;
  qualifiedFraction: Fraction | null;
  /** The current vote of each roll entry that voted on the resolution, with its weight. */
  votes: readonly { weight: string; choice: VoteChoice }[];
}

/** a ≥ f × b, without dividing (denominators are positive). */
const atLeast = (a: bigint, f: Fraction, b: bigint) =>
  a * BigInt(f.denominator) >= BigInt(f.numerator) * b;

/**
 * One resolution's result (VOTE-2), exact: the weights for, against and abstaining sum the
 * votes; not voted is the rest of the total area, so the four add up to it. The quorum is
 * the part of the total area that voted at all; then the majority decides.
 */
export function tally(input: TallyInput): ResolutionResult {
  const sums: Record<VoteChoice, bigint> = { for: 0n, against: 0n, abstain: 0n };
  for (const vote of input.votes) sums[vote.choice] += toWeight(vote.weight);
  const total = toWeight(input.totalArea);
  const cast = sums.for + sums.against + sums.abstain;
  const quorumReached = atLeast(cast, input.quorum, total);
  const majorityReached = {
    votes_cast: () => sums.for > sums.against,
    all_shares: () => sums.for * 2n > total,
    qualified: () => {
      if (!input.qualifiedFraction) throw new Error('a qualified majority without its fraction');
      return atLeast(sums.for, input.qualifiedFraction, total);
    },
  }[input.majority]();
  return {
    for: weightText(sums.for),
    against: weightText(sums.against),
    abstain: weightText(sums.abstain),
    notVoted: weightText(total - cast),
    quorumReached,
    passed: quorumReached && majorityReached,
  };
}
