import type { Locale, Meter } from '@atrium/sdk';
import { dateLabel } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import type { ReadingProblem } from './local-checks.js';
import { valueText } from './reading-value.js';

/**
 * A problem of one meter's reading in the reader's language: the widget's own wording by
 * field and code, with the params written as the language writes values and dates; the
 * shared field texts next; the server's (already translated) message last.
 */
export function problemText(
  t: Translate,
  problem: ReadingProblem,
  meter: Meter,
  locale: Locale,
): string {
  const { field, code, params = {} } = problem;
  const measure = t(`measure.${meter.measure}`);
  const amount = (key: string) =>
    typeof params[key] === 'string'
      ? `${valueText(params[key], meter.decimals, locale)} ${measure}`
      : '';
  const day = (key: string, pattern: 'd MMMM' | 'd MMMM yyyy') =>
    typeof params[key] === 'string' ? dateLabel(params[key], locale, pattern) : '';
  const digits = Number(params['digits'] ?? meter.digits);
  const decimals = Number(params['decimals'] ?? meter.decimals);
  const months = Number(params['months'] ?? 1);
  const factor = Number(params['factor'] ?? 0);
  const words = {
    last: amount('last'),
    // A jump after months without readings is told per month, as the server compares it.
    use:
      months > 1
        ? t('problems.use.months', {
            monthly: amount('monthly'),
            months: t('months', { count: months }),
          })
        : t('problems.use.once', { consumption: amount('consumption') }),
    reference: amount('reference'),
    times: t('times', { count: factor, factor: new Intl.NumberFormat(locale).format(factor) }),
    opensOn: day('opensOn', 'd MMMM'),
    closesOn: day('closesOn', 'd MMMM'),
    verificationDueOn: day('verificationDueOn', 'd MMMM yyyy'),
    whole: t('digits', { count: digits }),
    fraction: t('digits', { count: decimals }),
  };
  const fallback = problem.message ?? t('errors.unknown');
  if (code === 'reading_implausible') {
    const rule = params['rule'] === 'average' ? 'average' : 'largest';
    return t(`problems.implausible.${rule}`, words);
  }
  if (code === 'reading_too_many_digits' && decimals === 0) {
    return t('problems.wholeDigitsOnly', words);
  }
  return t([`problems.${field}.${code}`, `problems.${code}`, `fields.${code}`], {
    ...words,
    defaultValue: fallback,
  });
}
