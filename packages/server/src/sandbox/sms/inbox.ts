import { randomBytes } from 'node:crypto';
import { KeyedAnswers, type Answer } from '../http.js';

/** An SMS as the gateway keeps it. */
export interface SandboxSms {
  id: string;
  /** The Idempotency-Key it was sent under. */
  key: string;
  to: string;
  from: string;
  text: string;
  /** When it was sent, ISO 8601. */
  created: string;
}

// a sandbox running a long demo keeps its latest messages only
const kept = 1000;

/**
 * The gateway's messages, in the order sent, and the answer given for each Idempotency-Key:
 * the same key is the same message, sent once.
 */
export class Inbox {
  private sent: SandboxSms[] = [];
  private readonly keys = new KeyedAnswers();

  send(key: string, message: Pick<SandboxSms, 'to' | 'from' | 'text'>) {
    return this.keys.answer(key, message, (): Answer => {
      const sms: SandboxSms = {
        id: `sms_${randomBytes(12).toString('hex')}`,
        key,
        ...message,
        created: new Date().toISOString(),
      };
      this.sent = [...this.sent, sms].slice(-kept);
      return { status: 201, body: sms };
    });
  }

  /** The messages sent, to one phone or to all, newest first. */
  list(to?: string): SandboxSms[] {
    return this.sent
      .filter((sms) => to === undefined || sms.to === to)
      .map((sms) => ({ ...sms }))
      .reverse();
  }
}
