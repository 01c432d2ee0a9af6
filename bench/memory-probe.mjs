// Preloaded (--import) into the server the soak runs as `npm start` runs it: answers `memory`
// with the process's resident set and V8 heap in use right after a full garbage collection,
// so a sample shows what is kept, not how far garbage has piled up since the last one; and
// `close` by stopping the server as SIGTERM does, gracefully.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

process.on('message', (message) => {
  if (message === 'memory') {
    collectGarbage();
    const { rss, heapUsed } = process.memoryUsage();
    process.send({ rss, heapUsed });
  } else if (message === 'close') {
    process.kill(process.pid, 'SIGTERM');
  }
});
