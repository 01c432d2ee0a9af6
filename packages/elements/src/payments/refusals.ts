import type { Locale, PaymentType } from '@atrium/sdk';
import type { FieldProblem } from '../core/error-text.js';
import { money } from '../core/format.js';
import type { Translate } from '../core/i18n.js';
import { pointsText } from './amounts.js';

/** The refusal of a figure over its limit, as the server words it (`amount_over_debt`, …). */
export interface OverLimit {
  code: string;
  limit: number;
  params: FieldProblem['params'];
}

/**
 * A typed figure (an amount, points) read with `parse`, or why it cannot be sent, checked
 * before asking (FIN-2, FIN-6): nothing typed, not a figure, zero, or over the limit.
 */
export function typedFigure(
  field: string,
  typed: string,
  parse: (typed: string) => number | null,
  over: OverLimit,
): { value: number } | { problem: FieldProblem } {
  const refused = (code: string, params?: FieldProblem['params']) => ({
    problem: { field, code, ...(params ? { params } : {}) },
  });
  const value = parse(typed.trim());
  if (!typed.trim()) return refused('required');
  if (value === null) return refused('invalid_format');
  if (value < 1) return refused('out_of_range');
  if (value > over.limit) return refused(over.code, over.params);
  return { value };
}

/**
 * A refusal's `limit` as the reader reads it (FIN-2, FIN-6): the debt in the account's
 * currency as the language writes money, points in the loyalty program's words.
 */
export function presentLimit(
  t: Translate,
  locale: Locale,
  currency: string,
  type: PaymentType | null,
): (problem: FieldProblem) => FieldProblem {
  return (problem) => {
    const limit = problem.params?.['limit'];
    if (typeof limit !== 'number') return problem;
    let shown: string | null = null;
    if (problem.code === 'amount_over_debt') {
      const inCurrency = problem.params?.['currency'];
      shown = money(limit, typeof inCurrency === 'string' ? inCurrency : currency, locale);
    } else if (type && /^(points_over_available|insufficient_points)$/.test(problem.code)) {
      shown = pointsText(t, locale, type, limit);
    }
    return shown === null ? problem : { ...problem, params: { ...problem.params, limit: shown } };
  };
}
