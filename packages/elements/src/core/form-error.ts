import { html, nothing, type TemplateResult } from 'lit';
import { errorText, fieldErrorText, type FieldProblem } from './error-text.js';
import type { FormState } from './form-state.js';
import type { Translate } from './i18n.js';

/**
 * Why a form was refused as a whole, focusable: the refusals of fields it has no control
 * for (a return address, a card the pay form does not show), else the failure's own text;
 * nothing when every refusal is said next to its field. `present` words a problem's params
 * for the reader first (money, points).
 */
export function formError(
  t: Translate,
  state: FormState,
  fields: readonly string[],
  present: (problem: FieldProblem) => FieldProblem = (problem) => problem,
): TemplateResult | typeof nothing {
  if (!state.failure) return nothing;
  const elsewhere = state.problems
    .filter((problem) => !fields.some((field) => problem.field.split('.')[0] === field))
    .map((problem) => fieldErrorText(t, present(problem)));
  if (state.problems.length && !elsewhere.length) return nothing;
  const text = elsewhere.length ? [...new Set(elsewhere)].join(' ') : errorText(t, state.failure);
  return html`<p part="form-error" role="alert" tabindex="-1">${text}</p>`;
}
