import type { FieldError } from '@atrium/sdk';
import type { Failure } from './action-controller.js';
import type { Translate } from './i18n.js';

/** A refused field: from the contract (`FieldError`) or from a widget's own checks. */
export interface FieldProblem {
  field: string;
  code: string;
  params?: FieldError['params'];
}

/**
 * Codes whose text says when to try again, from `retryAfter`: `errors.<code>` with `{{wait}}`,
 * or `errors.<code>_later` when the server named no time.
 */
const waitCodes = new Set(['too_many_attempts', 'provider_unavailable']);

/** A wait in words: seconds under a minute, else whole minutes rounded up ("2 minutes"). */
export function waitText(t: Translate, seconds: number): string {
  return seconds < 60
    ? t('wait.seconds', { count: Math.max(1, seconds) })
    : t('wait.minutes', { count: Math.ceil(seconds / 60) });
}

/** An SDK error in the reader's language, by its stable `code` (never by its title). */
export function errorText(t: Translate, error: Failure): string {
  if (waitCodes.has(error.code)) {
    const seconds = error.retryAfter;
    if (seconds === undefined) return t([`errors.${error.code}_later`, 'errors.unknown']);
    return t([`errors.${error.code}`, 'errors.unknown'], { wait: waitText(t, seconds) });
  }
  return t([`errors.${error.code}`, 'errors.unknown']);
}

/** A field error in the reader's language: a field-specific wording first, then the code's. */
export function fieldErrorText(t: Translate, error: FieldProblem): string {
  return t(
    [`fields.${error.field}.${error.code}`, `fields.${error.code}`, 'errors.unknown'],
    error.params,
  );
}
