import { once } from 'node:events';
import { after, before } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { Faults, type Fault, type FaultPlan } from '../src/sandbox/faults.js';

export interface SmtpSink {
  /** Every message received so far, raw. */
  received: string[];
  /** `smtp://…` of the sink, once the suite's `before` has run. */
  url(): string;
  /**
   * The next `count` connections fail as the plan says: `error` is refused (421), `hang` is
   * never greeted, `slow` is greeted after `delayMs`, `lost` has its message taken and the
   * connection dropped before the answer.
   */
  fail(count: number, plan?: FaultPlan<'connection'>): void;
  /** From the next connection on, every other one fails as the plan says, until recover(). */
  flap(plan?: FaultPlan<'connection'>): void;
  recover(): void;
}

const busy = () => Object.assign(new Error('Try again later'), { responseCode: 421 });

/**
 * A real SMTP server on a free port for the suite around it (started in `before`, closed in
 * `after`), keeping every message it receives, and failing connections as a test plans.
 */
export function useSmtpSink(): SmtpSink {
  const received: string[] = [];
  const faults = new Faults<'connection'>();
  const faultOf = new Map<string, Fault | null>();
  let url = '';
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onConnect(session, callback) {
      const fault = faults.take('connection');
      faultOf.set(session.id, fault);
      if (fault?.kind === 'error') return callback(busy());
      // hung: the client gives up waiting for the greeting
      if (fault?.kind === 'hang') return;
      if (fault?.kind === 'slow') return void setTimeout(callback, fault.delayMs).unref();
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString());
        if (faultOf.get(session.id)?.kind !== 'lost') return callback();
        // taken, but the answer never reaches the client
        [...smtp.connections].find((c) => c.id === session.id)?._socket.destroy();
      });
    },
  });
  before(async () => {
    smtp.listen(0, '127.0.0.1');
    await once(smtp.server, 'listening');
    const address = smtp.server.address();
    url = `smtp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  after(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
  return {
    received,
    url: () => {
      if (!url) throw new Error('the SMTP sink is not listening yet');
      return url;
    },
    fail: (count, plan) => faults.plan(count, plan),
    flap: (plan) => faults.flap(plan),
    recover: () => faults.clear(),
  };
}
