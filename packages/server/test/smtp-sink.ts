import { once } from 'node:events';
import { after, before } from 'node:test';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  /** Every message received so far, raw. */
  received: string[];
  /** `smtp://…` of the sink, once the suite's `before` has run. */
  url(): string;
}

/**
 * A real SMTP server on a free port for the suite around it (started in `before`, closed in
 * `after`), keeping every message it receives.
 */
export function useSmtpSink(): SmtpSink {
  const received: string[] = [];
  let url = '';
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString());
        callback();
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
  };
}
