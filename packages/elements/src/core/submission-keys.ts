import { idempotencyKey } from '@atrium/sdk';

/**
 * Idempotency-Keys for one form, one per logical submission: sending the same body again
 * (a click retried after a lost answer) reuses the key, so the server does the work once;
 * a changed body, or one sent after a success, gets a fresh key.
 */
export class SubmissionKeys {
  #last: { body: string; key: string } | null = null;

  for(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.#last?.body !== text) this.#last = { body: text, key: idempotencyKey() };
    return this.#last.key;
  }

  /** The submission went through: the next one is new, even with the same body. */
  forget(): void {
    this.#last = null;
  }
}
