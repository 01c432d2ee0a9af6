import type { ReadingInput } from '@atrium/sdk';

/** Readings kept on the device until the server answers, with the key every attempt sends. */
export interface QueuedReadings {
  idempotencyKey: string;
  readings: ReadingInput[];
}

/**
 * One person's unsent readings of one unit, in localStorage so they outlive a reload. The
 * person's and the unit's ids are the server's UUIDs, so the key is also one tenant's.
 */
export class ReadingsQueue {
  readonly #key: string;

  constructor(personId: string, unitId: string) {
    this.#key = `atrium:meter-readings:${personId}:${unitId}`;
  }

  read(): QueuedReadings | null {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(this.#key) ?? 'null');
      return isQueued(stored) ? stored : null;
    } catch {
      return null; // storage disabled, or not written by us
    }
  }

  /** False when the device keeps nothing (storage disabled or full): it then lives in the page. */
  write(queued: QueuedReadings): boolean {
    try {
      localStorage.setItem(this.#key, JSON.stringify(queued));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.#key);
    } catch {
      // nothing was kept
    }
  }
}

function isQueued(value: unknown): value is QueuedReadings {
  const queued = value as QueuedReadings | null;
  return (
    typeof queued?.idempotencyKey === 'string' &&
    Array.isArray(queued.readings) &&
    queued.readings.every((r) => typeof r?.meterId === 'string' && typeof r.value === 'string')
  );
}
