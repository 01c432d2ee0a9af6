import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Failure } from '../core/action-controller.js';
import { errorText } from '../core/error-text.js';
import type { Translate } from '../core/i18n.js';

export interface DownloadButtonOptions {
  t: Translate;
  part: 'document' | 'protocol';
  /** What the button says; `busyLabel` while its file downloads. */
  label: string;
  busyLabel: string;
  busy: boolean;
  /** Why the last download failed. */
  failure: Failure | null;
  onClick: () => void;
}

/**
 * A file's download button, and why its last download failed. While the file downloads the
 * same button stays, so focus stays on it, marked unavailable: a second press waits.
 */
export function downloadButton(options: DownloadButtonOptions): TemplateResult {
  const { t, busy, failure } = options;
  return html`<button
      part=${options.part}
      type="button"
      aria-disabled=${ifDefined(busy ? 'true' : undefined)}
      @click=${options.onClick}
    >
      ${busy ? options.busyLabel : options.label}
    </button>
    ${failure ? html`<p part="status" role="alert">${errorText(t, failure)}</p>` : nothing}`;
}
