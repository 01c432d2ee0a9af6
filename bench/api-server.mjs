// The server of the read and sign-in benches in a process of its own: Atrium with the demo
// data and, beside it in the same process, the floor its reads are compared to: a bare
// Fastify route doing one primary-key SELECT through the server's own pool (same engine,
// same pool size, the same single connection on PGlite). It reports both addresses.
import Fastify from 'fastify';
import { startServer } from '../packages/server/dist/index.js';

const database = JSON.parse(process.argv[2]);
// The bench's load generator stands for a reverse proxy on loopback, so that each sign-in
// client can come from an address of its own (X-Forwarded-For) as real people do.
const server = await startServer({ port: 0, demo: true, database, trustProxy: 'loopback' });
const bare = Fastify();
bare.get('/people/:id', async (request) => {
  const { rows } = await server.app.db.pool.query(
    'SELECT id, name, email, locale FROM people WHERE id = $1',
    [request.params.id],
  );
  return rows[0];
});
await bare.listen({ port: 0, host: '127.0.0.1' });

process.on('message', async (message) => {
  if (message === 'close') {
    await bare.close();
    await server.close();
    process.exit(0);
  }
});
process.send({ url: server.url, bareUrl: `http://127.0.0.1:${bare.server.address().port}` });
