// The server of the import bench in a process of its own, so its resident memory is the
// server's alone: it reports the address it listens on, then, when asked, its RSS now and
// the highest sampled (every 20 ms, whenever the event loop turns) since the last mark.
import { startServer } from '../packages/server/dist/index.js';

const database = JSON.parse(process.argv[2]);
const server = await startServer({ port: 0, demo: true, database });
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);

process.on('message', async (message) => {
  if (message === 'mark') {
    peak = process.memoryUsage().rss;
    process.send({ rss: peak });
  } else if (message === 'peak') {
    process.send({ rss: process.memoryUsage().rss, peak });
  } else if (message === 'close') {
    clearInterval(sampler);
    await server.close();
    process.exit(0);
  }
});
process.send({ url: server.url });
