import type { FastifyBaseLogger } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every job's pause between passes when set (JOB_POLL_MS), else each job's own. */
    jobPollMs: number | undefined;
  }
}

/** What every job's start takes besides its own needs. */
export interface JobOptions {
  /** The pause between passes instead of the job's own (app.jobPollMs). */
  pollMs?: number;
}

export interface PeriodicJob {
  /** Runs a pass now, or once more right after the one under way. */
  wake(): void;
  /** Stops the timer and waits for the pass under way. */
  stop(): Promise<void>;
}

/**
 * A background job on this node: `pass` runs every `pollMs` and on wake(), one pass at a
 * time. A failed pass is logged and the next one retries; `stopped()` lets a long pass end
 * early when the server closes.
 */
export function periodic(
  pass: (stopped: () => boolean) => Promise<void>,
  options: { pollMs: number; log: FastifyBaseLogger; failure: string },
): PeriodicJob {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const isStopped = () => stopped;

  async function passes() {
    do {
      again = false;
      await pass(isStopped).catch((error: unknown) =>
        options.log.error({ err: error }, options.failure),
      );
    } while (again && !stopped);
  }

  function wake() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = passes().finally(() => {
      running = null;
    });
  }

  const timer = setInterval(wake, options.pollMs);
  timer.unref();
  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
