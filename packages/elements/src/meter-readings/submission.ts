import type { FieldError, Meter, ReadingInput } from '@atrium/sdk';
import { isBelowLast, type Draft, type ReadingProblem } from './local-checks.js';
import { contractValue } from './reading-value.js';

/** The reading a checked draft sends: the contract's value, roll-over and confirmation. */
export function readingOf(meter: Meter, draft: Draft): ReadingInput {
  const value = contractValue(draft.value) ?? draft.value;
  return {
    meterId: meter.id,
    value,
    ...(draft.rollover && isBelowLast(meter, value) ? { rollover: true } : {}),
    ...(draft.confirm ? { confirmImplausible: true, comment: draft.comment.trim() } : {}),
  };
}

/** The draft a sent reading came from, to put it back in its input when the server refuses it. */
export function draftOf(reading: ReadingInput): Draft {
  return {
    value: reading.value,
    rollover: reading.rollover ?? false,
    confirm: reading.confirmImplausible ?? false,
    comment: reading.comment ?? '',
  };
}

/** Entries that name no reading (`readings` itself) are kept under this key. */
export const wholeSubmission = '';

/**
 * The server's refusal (`reading_rejected`, `validation_failed`) per meter: by the entry's
 * `params.meterId`, else by the `readings.<i>` index of what was sent.
 */
export function problemsByMeter(
  errors: readonly FieldError[],
  readings: readonly ReadingInput[],
): Map<string, ReadingProblem[]> {
  const byMeter = new Map<string, ReadingProblem[]>();
  for (const error of errors) {
    const [, index, name] = /^readings\.(\d+)(?:\.(\w+))?/.exec(error.field) ?? [];
    const meterId = error.params?.['meterId'] ?? readings[Number(index)]?.meterId;
    const key = index === undefined || typeof meterId !== 'string' ? wholeSubmission : meterId;
    const field = name === 'rollover' || name === 'comment' ? name : 'value';
    const problem: ReadingProblem = { field, code: error.code, message: error.message };
    if (error.params) problem.params = error.params;
    byMeter.set(key, [...(byMeter.get(key) ?? []), problem]);
  }
  return byMeter;
}
