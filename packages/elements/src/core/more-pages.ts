import { html, nothing, type TemplateResult } from 'lit';
import type { AtriumClient, Page } from '@atrium/sdk';
import { ActionController, type Failure } from './action-controller.js';
import { errorText } from './error-text.js';
import type { Translate } from './i18n.js';
import type { PartHost } from './part-host.js';

export interface MorePagesOptions<F, T> {
  /** The client to ask with; none when signed out. */
  client: () => AtriumClient | undefined;
  /** The list's first load as shown now (a page, or what holds one); a new one drops the pages added. */
  first: () => F | undefined;
  /** The first load's own page. */
  pageOf: (first: F) => Page<T>;
  /** The page after `cursor`, asked for as the first one was (same filters). */
  next: (client: AtriumClient, cursor: string, signal: AbortSignal) => Promise<Page<T>>;
  /** Focuses an item "Show more" added (the button may be gone: no more pages). */
  focus: (item: T) => void;
}

/**
 * "Show more" under a paged list: the pages it added to the first load, asked for one at a
 * time with the last cursor and dropped once the first load is replaced (another filter, a
 * refresh, a page that arrived too late); why the last one failed; and the list's end, with
 * the widget's `more`, `moreLoading` and `shown` texts.
 */
export class MorePages<F extends object, T> {
  #added: Page<T>[] = [];
  #failure: Failure | null = null;
  /** The first load the pages were added to, or the failure happened on. */
  #of: F | undefined;
  readonly #action: ActionController;

  constructor(
    private readonly host: PartHost,
    private readonly options: MorePagesOptions<F, T>,
  ) {
    this.#action = new ActionController(host);
  }

  /** The pages shown after `first` loaded: its own, then those "Show more" added to it. */
  pages(first: F): Page<T>[] {
    return [this.options.pageOf(first), ...(this.#of === first ? this.#added : [])];
  }

  /** The items shown after `first` loaded, in order. */
  items(first: F): T[] {
    return this.pages(first).flatMap((page) => page.items);
  }

  /**
   * The list's end: why the last page failed, "Show more" (disabled while it loads) and how
   * many items are shown; the count is `${id}-shown`, which describes the button.
   */
  render(id: string, t: Translate, first: F): TemplateResult {
    const pages = this.pages(first);
    const count = pages.reduce((sum, page) => sum + page.items.length, 0);
    const failure = this.#of === first ? this.#failure : null;
    const busy = this.#action.busy;
    return html`${failure ? html`<p part="status" role="alert">${errorText(t, failure)}</p>` : nothing}
      ${
        pages.at(-1)?.nextCursor
          ? html`<button
              part="more"
              type="button"
              aria-describedby="${id}-shown"
              ?disabled=${busy}
              @click=${this.#onMore}
            >
              ${busy ? t('moreLoading') : t('more')}
            </button>`
          : nothing
      }
      <p id="${id}-shown" class="muted">${t('shown', { count })}</p>`;
  }

  readonly #onMore = async (): Promise<void> => {
    const client = this.options.client();
    const first = this.options.first();
    const pages = first ? this.pages(first) : [];
    const cursor = pages.at(-1)?.nextCursor;
    if (!client || !first || !cursor) return;
    const count = pages.reduce((sum, page) => sum + page.items.length, 0);
    let next: Page<T> | undefined;
    const failure = await this.#action.run(async (signal) => {
      next = await this.options.next(client, cursor, signal);
    });
    // The list may have been loaded again while this page travelled: it belongs to no list shown.
    if (failure?.code === 'aborted' || this.options.first() !== first) return;
    this.#added = [...pages.slice(1), ...(next ? [next] : [])];
    this.#of = first;
    this.#failure = failure;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const added = this.items(first)[count];
    if (added) this.options.focus(added);
  };
}
