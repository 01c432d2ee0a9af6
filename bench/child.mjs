// Bench servers run in processes of their own, with the Node flags `npm start` gives the
// server, so the load generator neither shares their CPU time nor counts in their memory.
// They speak by message: each answers what it is asked, and exits when told `close`.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';

const startScript = JSON.parse(readFileSync(new URL('../package.json', import.meta.url))).scripts
  .start;
const nodeFlags = startScript.match(/--max-old-space-size=\d+/g) ?? [];

/**
 * Forks `module` with `args`; `preload` modules run before it (`--import`), `env` adds to
 * the environment, `stdout` is `inherit` or `pipe`.
 */
export function forkServer(module, args = [], { preload = [], env = {}, stdout = 'inherit' } = {}) {
  const child = fork(module, args, {
    stdio: ['ignore', stdout, 'inherit', 'ipc'],
    execArgv: [...nodeFlags, ...preload.flatMap((file) => ['--import', file])],
    env: { ...process.env, ...env },
  });
  const next = () =>
    new Promise((resolve, reject) => {
      const exited = (code) => reject(new Error(`${module} exited with ${code}`));
      child.once('exit', exited);
      child.once('message', (message) => {
        child.off('exit', exited);
        resolve(message);
      });
    });
  return {
    child,
    /** The next message it sends. */
    next,
    ask(message) {
      if (!child.connected) return Promise.reject(new Error(`${module} has exited`));
      const answer = next();
      child.send(message);
      return answer;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('close');
      await exited;
    },
  };
}
