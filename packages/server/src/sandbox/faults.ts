import type { FastifyReply } from 'fastify';

/**
 * How a call to a sandbox fails: `error` answers 503 at once and does nothing; `hang` never
 * answers (until the client gives up) and does nothing; `lost` does the work, then never
 * answers, as when a provider's answer is lost on the way back.
 */
export type FaultKind = 'error' | 'hang' | 'lost';

interface Planned<Operation extends string> {
  kind: FaultKind;
  on: Operation | null;
  left: number;
}

/** Failures planned by a test, taken by the next calls they apply to, in order. */
export class Faults<Operation extends string> {
  private planned: Planned<Operation>[] = [];

  plan(count: number, kind: FaultKind, on: Operation | null) {
    if (count > 0) this.planned.push({ kind, on, left: count });
  }

  /** The failure this call is to suffer, if any; it is used up. */
  take(operation: Operation): FaultKind | null {
    const fault = this.planned.find((p) => p.on === null || p.on === operation);
    if (!fault) return null;
    fault.left--;
    if (!fault.left) this.planned = this.planned.filter((p) => p !== fault);
    return fault.kind;
  }

  clear() {
    this.planned = [];
  }
}

/** A hung call ends at the latest after this, if its client never gives up. */
const hangMs = 60_000;

/** Calls a sandbox leaves unanswered; all let go when it closes, so closing never waits. */
export class Hangs {
  private readonly waiting = new Set<() => void>();

  /** No answer until the client hangs up (or hangMs), then the connection is dropped. */
  async hangUp(reply: FastifyReply) {
    reply.hijack();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, hangMs);
      timer.unref();
      const release = () => {
        clearTimeout(timer);
        this.waiting.delete(release);
        resolve();
      };
      this.waiting.add(release);
      reply.raw.once('close', release);
    });
    reply.raw.destroy();
  }

  releaseAll() {
    for (const release of [...this.waiting]) release();
  }
}
