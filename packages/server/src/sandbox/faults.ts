import type { FastifyReply } from 'fastify';

/**
 * How a call to a sandbox fails: `error` answers 503 at once and does nothing; `hang` never
 * answers (until the client gives up) and does nothing; `lost` does the work, then never
 * answers, as when a provider's answer is lost on the way back; `slow` waits, then does the
 * work and answers, whether or not its client is still there.
 */
export type FaultKind = 'error' | 'hang' | 'lost' | 'slow';

/** The failure a test plans for calls (see Faults). */
export interface FaultPlan<Operation extends string> {
  /** Default `error`. */
  how?: FaultKind;
  /** Only calls of this operation; default any call. */
  on?: Operation;
  /** How long a `slow` call waits before it works and answers. Default 10 s. */
  delayMs?: number;
}

/** The failure one call suffers. */
export interface Fault {
  kind: FaultKind;
  delayMs: number;
}

interface Planned<Operation extends string> extends Fault {
  on: Operation | null;
  left: number;
}

const defaultDelayMs = 10_000;

const planned = <Operation extends string>(plan: FaultPlan<Operation>, left: number) => ({
  kind: plan.how ?? 'error',
  on: plan.on ?? null,
  delayMs: plan.delayMs ?? defaultDelayMs,
  left,
});

const appliesTo = <Operation extends string>(p: Planned<Operation>, operation: Operation) =>
  p.on === null || p.on === operation;

/**
 * Failures planned by a test, taken by the next calls they apply to, in order; and a flapping
 * service, whose calls fail every other time until it recovers.
 */
export class Faults<Operation extends string> {
  private planned: Planned<Operation>[] = [];
  private flapping: (Planned<Operation> & { failsNext: boolean }) | null = null;

  plan(count: number, plan: FaultPlan<Operation> = {}) {
    if (count > 0) this.planned.push(planned(plan, count));
  }

  /** From the next call on, every other call the plan applies to fails, until clear(). */
  flap(plan: FaultPlan<Operation> = {}) {
    this.flapping = { ...planned(plan, Infinity), failsNext: true };
  }

  /** The failure this call is to suffer, if any; a planned one is used up. */
  take(operation: Operation): Fault | null {
    const fault = this.planned.find((p) => appliesTo(p, operation));
    if (fault) {
      fault.left--;
      if (!fault.left) this.planned = this.planned.filter((p) => p !== fault);
      return fault;
    }
    const flapping = this.flapping;
    if (!flapping || !appliesTo(flapping, operation)) return null;
    const fails = flapping.failsNext;
    flapping.failsNext = !fails;
    return fails ? flapping : null;
  }

  clear() {
    this.planned = [];
    this.flapping = null;
  }
}

/** A hung call ends at the latest after this, if its client never gives up. */
const hangMs = 60_000;

/**
 * Calls a sandbox leaves unanswered or keeps waiting; all let go when it closes, so closing
 * never waits.
 */
export class Hangs {
  private readonly waiting = new Set<() => void>();

  /** Resolves after `ms`, when the sandbox closes, or when `closed` (a connection) closes. */
  private wait(ms: number, closed?: NodeJS.EventEmitter) {
    return new Promise<void>((resolve) => {
      const release = () => {
        clearTimeout(timer);
        this.waiting.delete(release);
        resolve();
      };
      const timer = setTimeout(release, ms);
      timer.unref();
      this.waiting.add(release);
      closed?.once('close', release);
    });
  }

  /** No answer until the client hangs up (or hangMs), then the connection is dropped. */
  async hangUp(reply: FastifyReply) {
    reply.hijack();
    await this.wait(hangMs, reply.raw);
    reply.raw.destroy();
  }

  /** The wait of a slow call, cut short only when the sandbox closes. */
  delay(ms: number) {
    return this.wait(ms);
  }

  releaseAll() {
    for (const release of [...this.waiting]) release();
  }
}
