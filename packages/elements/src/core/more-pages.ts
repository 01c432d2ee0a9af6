import { html, nothing, type TemplateResult } from 'lit';
import type { Failure } from './action-controller.js';
import { errorText } from './error-text.js';
import type { Translate } from './i18n.js';

export interface MorePagesOptions {
  /** The element id prefix; the count shown is `${id}-shown`, which describes the button. */
  id: string;
  t: Translate;
  /** How many items are shown so far. */
  count: number;
  /** Whether the server has a next page. */
  hasMore: boolean;
  busy: boolean;
  /** Why the last "Show more" failed. */
  failure: Failure | null;
  onMore: () => void;
}

/**
 * What ends a paged list: why the last page failed, "Show more" (disabled while it
 * loads) and how many items are shown, with the widget's `more`, `moreLoading` and
 * `shown` texts.
 */
export function morePages({
  id,
  t,
  count,
  hasMore,
  busy,
  failure,
  onMore,
}: MorePagesOptions): TemplateResult {
  return html`${failure ? html`<p part="status" role="alert">${errorText(t, failure)}</p>` : nothing}
    ${
      hasMore
        ? html`<button
            part="more"
            type="button"
            aria-describedby="${id}-shown"
            ?disabled=${busy}
            @click=${onMore}
          >
            ${busy ? t('moreLoading') : t('more')}
          </button>`
        : nothing
    }
    <p id="${id}-shown" class="muted">${t('shown', { count })}</p>`;
}
