import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { useSmtpSink } from './smtp-sink.js';

const sink = useSmtpSink();

for (const engine of engines) {
  describe(`mail over SMTP on ${engine.name}`, () => {
    const server = useServer(engine, {
      get smtpUrl() {
        return sink.url();
      },
    });

    it('AUTH-2 the reset mail leaves through SMTP from the outbox', async () => {
      const before = sink.received.length;
      await server().client('lesna-5').auth.requestPasswordReset({ email: 'anna@lesna5.example' });
      for (let i = 0; i < 100 && sink.received.length === before; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const message = sink.received.at(-1) ?? '';
      assert.match(message, /To: anna@lesna5\.example/);
      assert.match(message, /atrium-reset-token=/);
      // delivered mail keeps no reset link in the database, once the sender has heard SMTP's
      // answer (the sink may show the message a moment before)
      const outbox = () =>
        server().app.db.withSystem((sql) =>
          sql.query<{ sent: boolean; attempts: number; text: string; html: string }>(
            'SELECT sent_at IS NOT NULL AS sent, attempts, text_body AS text, html_body AS html FROM mail_outbox',
          ),
        );
      let { rows } = await outbox();
      for (let i = 0; i < 100 && !rows.every((row) => row.sent); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        ({ rows } = await outbox());
      }
      assert.deepEqual(rows, [{ sent: true, attempts: 1, text: '', html: '' }]);
    });

    it('AUTH-2 with SMTP configured there is no dev outbox to read reset links from', async () => {
      for (const path of ['/dev/outbox', '/dev/outbox.json?to=anna@lesna5.example']) {
        const response = await fetch(server().url + path);
        assert.equal(response.status, 404, path);
        assert.equal((await problemOf(response)).code, 'not_found');
      }
    });
  });
}
