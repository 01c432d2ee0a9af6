import type { FieldError, Meter, SubmissionWindow } from '@atrium/sdk';
import { compareValues, contractValue, digitsOf } from './reading-value.js';

/** What the person entered for one meter. */
export interface Draft {
  value: string;
  /** "The meter passed its maximum and started from zero" (offered when below the last reading). */
  rollover: boolean;
  /** Sent with `confirmImplausible` and the comment (after a `reading_implausible` refusal). */
  confirm: boolean;
  comment: string;
}

export const emptyDraft: Draft = Object.freeze({
  value: '',
  rollover: false,
  confirm: false,
  comment: '',
});

/** A broken rule of one meter's reading: the field it concerns, the contract's code and params. */
export interface ReadingProblem {
  field: 'value' | 'rollover' | 'comment';
  code: string;
  params?: FieldError['params'];
  /** The server's own wording, for a code the widget has no text of its own for. */
  message?: string;
}

/** Whether `value` (contract form) is below the base of the meter's next check. */
export function isBelowLast(meter: Meter, value: string | null): boolean {
  const last = meter.lastReading?.value;
  return value !== null && last !== undefined && compareValues(value, last) < 0;
}

/**
 * The rules of MTR-1 the widget can check before sending, from the meter's own fields and
 * the tenant's window (the server checks them again, and the implausible jump alone).
 */
export function localProblems(
  meter: Meter,
  window: SubmissionWindow,
  draft: Draft,
): ReadingProblem[] {
  const problems: ReadingProblem[] = [];
  const value = contractValue(draft.value);
  if (!window.isOpen) {
    const { opensOn, closesOn } = window;
    problems.push({
      field: 'value',
      code: 'reading_outside_window',
      params: { opensOn, closesOn },
    });
  }
  if (meter.verificationExpired) {
    const params = { verificationDueOn: meter.verificationDueOn };
    problems.push({ field: 'value', code: 'meter_verification_expired', params });
  }
  if (value === null) {
    problems.push({ field: 'value', code: 'invalid_format' });
  } else if (tooManyDigits(meter, value)) {
    const params = { digits: meter.digits, decimals: meter.decimals };
    problems.push({ field: 'value', code: 'reading_too_many_digits', params });
  } else if (isBelowLast(meter, value) && !draft.rollover) {
    const params = { last: meter.lastReading?.value ?? '' };
    problems.push({ field: 'value', code: 'reading_below_last', params });
  }
  if (draft.confirm && !draft.comment.trim()) {
    problems.push({ field: 'comment', code: 'required' });
  }
  return problems;
}

function tooManyDigits(meter: Meter, value: string): boolean {
  const { whole, fraction } = digitsOf(value);
  return whole > meter.digits || fraction > meter.decimals;
}
