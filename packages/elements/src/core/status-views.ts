import { html, nothing, type TemplateResult } from 'lit';
import type { Failure } from './action-controller.js';
import { errorText } from './error-text.js';
import type { Translate } from './i18n.js';

// The states every data widget shows the same way, on the shared `status`, `skeleton` and
// `retry` parts (styled by widgetStyles).

/** A calm message: signed out, nothing yet, no units. */
export function statusMessage(text: string): TemplateResult {
  return html`<p part="status" role="status">${text}</p>`;
}

/** Loading, announced, with a skeleton in place of what is coming. */
export function loadingView(t: Translate): TemplateResult {
  return html`<p part="status" role="status">${t('loading')}</p>
    <div part="skeleton" class="skeleton" aria-hidden="true"></div>`;
}

/** A failure translated by its code, with "Try again" when it can be retried. */
export function failureView(
  t: Translate,
  failure: Failure,
  retry: (() => void) | null,
): TemplateResult {
  return html`<div part="status">
    <p role="alert">${errorText(t, failure)}</p>
    ${retry ? html`<button part="retry" type="button" @click=${retry}>${t('retry')}</button>` : nothing}
  </div>`;
}
