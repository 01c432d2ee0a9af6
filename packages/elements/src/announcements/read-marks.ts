import type { ReactiveController } from 'lit';
import type { Announcement, AtriumClient } from '@atrium/sdk';
import { asFailure } from '../core/action-controller.js';
import type { PartHost } from '../core/part-host.js';

/**
 * The announcements the reader opened and the server marked read since the list loaded,
 * one request per announcement, aborted when the widget leaves the page. A request that
 * fails leaves the announcement unread, as the server has it: opening it again retries.
 */
export class ReadMarks implements ReactiveController {
  readonly #read = new Set<string>();
  readonly #sending = new Set<string>();
  #abort = new AbortController();

  constructor(private readonly host: PartHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
  }

  hostDisconnected(): void {
    this.#abort.abort();
  }

  /** Forgets the marks: the list was loaded again, with the server's own. */
  clear(): void {
    this.#read.clear();
  }

  /** Read on the server: when it was listed, or marked since. */
  isRead(announcement: Announcement): boolean {
    return announcement.read || this.#read.has(announcement.id);
  }

  /** How many of `shown`, listed unread, were marked read since: the server's count is this much less now. */
  readSince(shown: readonly Announcement[]): number {
    return shown.filter((announcement) => !announcement.read && this.#read.has(announcement.id))
      .length;
  }

  /** Marks it read on the server; true once it is, false when it was already or it failed. */
  async mark(client: AtriumClient, announcement: Announcement): Promise<boolean> {
    const { id } = announcement;
    if (this.isRead(announcement) || this.#sending.has(id)) return false;
    this.#sending.add(id);
    try {
      await client.announcements.markRead(id, { signal: this.#abort.signal });
      this.#read.add(id);
      this.host.requestUpdate();
      return true;
    } catch (error) {
      asFailure(error);
      return false;
    } finally {
      this.#sending.delete(id);
    }
  }
}
