import type { FieldError } from '@atrium/sdk';
import type { Failure } from './action-controller.js';
import type { Translate } from './i18n.js';

/** A refused field: from the contract (`FieldError`) or from a widget's own checks. */
export interface FieldProblem {
  field: string;
  code: string;
  params?: FieldError['params'];
}

/** An SDK error in the reader's language, by its stable `code` (never by its title). */
export function errorText(t: Translate, error: Failure): string {
  if (error.code === 'too_many_attempts') {
    const seconds = error.retryAfter;
    if (seconds === undefined) return t('errors.too_many_attempts_later');
    const wait =
      seconds < 60
        ? t('wait.seconds', { count: Math.max(1, seconds) })
        : t('wait.minutes', { count: Math.ceil(seconds / 60) });
    return t('errors.too_many_attempts', { wait });
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
