import type { ReactiveController } from 'lit';
import type { DownloadedFile } from '@atrium/sdk';
import { asFailure, type Failure } from '../core/action-controller.js';
import { saveFile } from '../core/save-file.js';
import {
  AtriumVotingDownloadEvent,
  type VotingDownloadDetail,
} from '../events/atrium-voting-download.js';
import type { PartHost } from '../core/part-host.js';

/**
 * The documents and protocols being downloaded, each on its own (several at once), and why
 * one failed. A finished file is offered to the page (a cancelable event), then saved.
 */
export class VotingDownloads implements ReactiveController {
  #busy = new Set<string>();
  #failures = new Map<string, Failure>();
  #abort = new AbortController();

  constructor(
    private readonly host: PartHost,
    private readonly onSaved: (fileName: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
  }

  hostDisconnected(): void {
    this.#abort.abort();
  }

  busy(key: string): boolean {
    return this.#busy.has(key);
  }

  failure(key: string): Failure | null {
    return this.#failures.get(key) ?? null;
  }

  /** Downloads one file under `key` (a document's id, or the protocol's). */
  async run(
    key: string,
    what: Omit<VotingDownloadDetail, 'blob' | 'fileName'>,
    fetchFile: (signal: AbortSignal) => Promise<DownloadedFile>,
  ): Promise<void> {
    if (this.#busy.has(key)) return;
    const signal = this.#abort.signal;
    this.#busy.add(key);
    this.#failures.delete(key);
    this.host.requestUpdate();
    try {
      const { blob, fileName } = await fetchFile(signal);
      const event = new AtriumVotingDownloadEvent({ ...what, blob, fileName });
      if (this.host.dispatchEvent(event)) saveFile(blob, fileName, this.host.renderRoot);
      this.onSaved(fileName);
    } catch (error) {
      if (!signal.aborted) this.#failures.set(key, asFailure(error));
    } finally {
      this.#busy.delete(key);
      this.host.requestUpdate();
    }
  }
}
