import { plainNumber } from '../decimal/exact.js';
import type { FieldIssue } from '../errors/problem.js';
import { exceeds, fromMilli, ratioText, toMilli, type Ratio } from './decimal.js';
import type { ReadingInput, SubmissionWindow } from './types.js';

// MTR-1, the checks of one submitted reading: pure, on exact decimals.

export type JumpRule = 'largest' | 'average';

/** The device as the checks see it. */
export interface Dial {
  digits: number;
  decimals: number;
  verificationDueOn: string;
}

/** What a reading is checked against: the meter's base, `period` its month (YYYY-MM). */
export interface BaseReading {
  value: string;
  period: string;
}

/** An earlier consumption of the meter and the months between its two readings. */
export interface Interval {
  consumption: string;
  months: number;
}

export interface ReadingCheck {
  /** Position in the submission, for the field names (`readings.<i>.value`). */
  index: number;
  meterId: string;
  reading: ReadingInput;
  dial: Dial;
  base: BaseReading | null;
  earlier: Interval[];
  /** The month the reading is for: the current window's. */
  period: string;
  today: string;
  window: SubmissionWindow;
  jump: { rule: JumpRule; factor: string };
}

export interface Verdict {
  issues: FieldIssue[];
  /** Use since the base in milli-units; null without a base or when refused. */
  consumption: bigint | null;
  /** Accepted as an implausible jump on the resident's confirmation. */
  flagged: boolean;
}

/** Whole months from one YYYY-MM to another, at least 1. */
export function monthsBetween(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return Math.max(1, index(to) - index(from));
}

/** Whether the value fits the dial: at most `digits` whole and `decimals` fraction digits. */
export function fitsDial(value: string, dial: Pick<Dial, 'digits' | 'decimals'>): boolean {
  const milli = toMilli(value);
  return milli < 10n ** BigInt(dial.digits + 3) && milli % 10n ** BigInt(3 - dial.decimals) === 0n;
}

/** The use since the base, across a roll-over: (10^digits − base) + value. */
export function consumptionOf(value: bigint, base: bigint, rollover: boolean, digits: number) {
  return rollover ? 10n ** BigInt(digits + 3) - base + value : value - base;
}

const perMonth = (consumption: bigint, months: number): Ratio => ({
  num: consumption,
  den: BigInt(months),
});

/**
 * The monthly consumption a new one is measured by: the largest of the earlier intervals',
 * or their average (all their use over all their months); null with fewer than two.
 */
export function referenceOf(rule: JumpRule, earlier: Interval[]): Ratio | null {
  if (earlier.length < 2) return null;
  if (rule === 'average') {
    return earlier.reduce(
      (sum, i) => ({ num: sum.num + toMilli(i.consumption), den: sum.den + BigInt(i.months) }),
      { num: 0n, den: 0n },
    );
  }
  return earlier
    .map((i) => perMonth(toMilli(i.consumption), i.months))
    .reduce((max, r) => (exceeds(r, max) ? r : max));
}

/** The figures of an implausible jump, as the error's params name them. */
export interface JumpFigures {
  /** The whole use since the base. */
  consumption: string;
  /** Months from the base's period to this one, at least 1. */
  months: number;
  /** consumption ÷ months, what is compared with factor × reference. */
  monthly: string;
  reference: string;
}

/** The figures when the use per month is over factor × reference, else null. */
export function implausibleJump(
  use: { consumption: bigint; months: number },
  reference: Ratio | null,
  factor: string,
): JumpFigures | null {
  if (!reference || reference.num === 0n) return null;
  const monthly = perMonth(use.consumption, use.months);
  const hundredths = toMilli(factor) / 10n;
  const limit = { num: reference.num * hundredths, den: reference.den * 100n };
  if (!exceeds(monthly, limit)) return null;
  return {
    consumption: fromMilli(use.consumption),
    months: use.months,
    monthly: ratioText(monthly),
    reference: ratioText(reference),
  };
}

/** Every rule the reading breaks, one issue each, or its consumption when it passes. */
export function checkReading(check: ReadingCheck): Verdict {
  const { index, meterId, reading, dial, base, window } = check;
  const issues: FieldIssue[] = [];
  const refuse = (field: string, code: FieldIssue['code'], params = {}) =>
    issues.push({ field: `readings.${index}.${field}`, code, params: { meterId, ...params } });

  if (!window.isOpen) {
    refuse('value', 'reading_outside_window', {
      opensOn: window.opensOn,
      closesOn: window.closesOn,
    });
  }
  if (check.today > dial.verificationDueOn) {
    refuse('value', 'meter_verification_expired', { verificationDueOn: dial.verificationDueOn });
  }
  const fits = fitsDial(reading.value, dial);
  if (!fits) {
    refuse('value', 'reading_too_many_digits', { digits: dial.digits, decimals: dial.decimals });
  }
  const value = toMilli(reading.value);
  const rollover = reading.rollover ?? false;
  const last = base && toMilli(base.value);
  const rolledBadly = rollover && (last === null || value >= last);
  const below = !rollover && last !== null && value < last;
  if (rolledBadly) refuse('rollover', 'invalid_value');
  if (below) refuse('value', 'reading_below_last', { last: fromMilli(last) });
  // the jump is judged only on a value that could stand; the other refusals stay listed
  if (!base || last === null || !fits || rolledBadly || below) {
    return { issues, consumption: null, flagged: false };
  }

  const consumption = consumptionOf(value, last, rollover, dial.digits);
  const jump = implausibleJump(
    { consumption, months: monthsBetween(base.period, check.period) },
    referenceOf(check.jump.rule, check.earlier),
    check.jump.factor,
  );
  if (!jump) return { issues, consumption, flagged: false };
  const comment = reading.comment?.trim();
  if (reading.confirmImplausible && comment) return { issues, consumption, flagged: true };
  refuse('value', 'reading_implausible', {
    ...jump,
    factor: plainNumber(check.jump.factor),
    rule: check.jump.rule,
    confirmable: true,
  });
  if (reading.confirmImplausible) refuse('comment', 'required');
  return { issues, consumption: null, flagged: false };
}
