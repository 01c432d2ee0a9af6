import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AtriumClient, DownloadedFile, Locale, MeterReading } from '@atrium/sdk';
import type { Failure } from '../core/action-controller.js';
import { asFailure } from '../core/action-controller.js';

/** Readings per page of a history; "Show more" asks for the next page with the cursor. */
const PAGE_SIZE = 12;

/** One open history: the readings read so far and what is under way. */
export interface HistoryView {
  readings: readonly MeterReading[];
  nextCursor: string | null;
  /** True before the first page has arrived (nothing to show yet). */
  loaded: boolean;
  loadingMore: boolean;
  failure: Failure | null;
  exporting: boolean;
  exportFailure: Failure | null;
}

const opened: HistoryView = Object.freeze({
  readings: [],
  nextCursor: null,
  loaded: false,
  loadingMore: false,
  failure: null,
  exporting: false,
  exportFailure: null,
});

/**
 * The histories (MTR-2) a reader opened, one per meter, each paged on its own; several may
 * be open and loading at once. Requests stop when the host leaves the page; an answer for a
 * history closed meanwhile is dropped.
 */
export class MeterHistories implements ReactiveController {
  #views = new Map<string, HistoryView>();
  #abort = new AbortController();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => AtriumClient | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
  }

  hostDisconnected(): void {
    this.#abort.abort();
  }

  get(meterId: string): HistoryView | undefined {
    return this.#views.get(meterId);
  }

  toggle(meterId: string): void {
    if (this.#views.delete(meterId)) this.host.requestUpdate();
    else void this.#load(meterId);
  }

  closeAll(): void {
    this.#views.clear();
    this.host.requestUpdate();
  }

  /** Asks again for a history whose first page failed. */
  retry(meterId: string): void {
    void this.#load(meterId);
  }

  /** Reads the open histories again from their first page (after new readings). */
  reload(): void {
    for (const meterId of this.#views.keys()) void this.#load(meterId);
  }

  async more(meterId: string): Promise<void> {
    const view = this.#views.get(meterId);
    const client = this.client();
    if (!client || !view?.nextCursor || view.loadingMore) return;
    const cursor = view.nextCursor;
    this.#set(meterId, { loadingMore: true, failure: null });
    try {
      const page = await client.meters.history(
        meterId,
        { cursor, limit: PAGE_SIZE },
        { signal: this.#abort.signal },
      );
      const now = this.#views.get(meterId);
      if (now) {
        this.#set(meterId, {
          readings: [...now.readings, ...page.items],
          nextCursor: page.nextCursor,
          loadingMore: false,
        });
      }
    } catch (error) {
      this.#set(meterId, { loadingMore: false, failure: asFailure(error) });
    }
  }

  /** The meter's whole history as CSV, headings in `locale`; null when it failed (see the view). */
  async export(meterId: string, locale: Locale): Promise<DownloadedFile | null> {
    const client = this.client();
    if (!client || this.#views.get(meterId)?.exporting) return null;
    this.#set(meterId, { exporting: true, exportFailure: null });
    try {
      const file = await client.meters.exportCsv(
        meterId,
        { locale },
        { signal: this.#abort.signal },
      );
      this.#set(meterId, { exporting: false });
      return file;
    } catch (error) {
      this.#set(meterId, { exporting: false, exportFailure: asFailure(error) });
      return null;
    }
  }

  async #load(meterId: string): Promise<void> {
    const client = this.client();
    if (!client) return;
    this.#views.set(meterId, this.#views.get(meterId) ?? opened);
    this.#set(meterId, { failure: null });
    try {
      const page = await client.meters.history(
        meterId,
        { limit: PAGE_SIZE },
        { signal: this.#abort.signal },
      );
      this.#set(meterId, { readings: page.items, nextCursor: page.nextCursor, loaded: true });
    } catch (error) {
      this.#set(meterId, { loaded: true, failure: asFailure(error) });
    }
  }

  /** Changes an open history; a closed one stays closed. */
  #set(meterId: string, change: Partial<HistoryView>): void {
    const view = this.#views.get(meterId);
    if (!view) return;
    this.#views.set(meterId, { ...view, ...change });
    this.host.requestUpdate();
  }
}
