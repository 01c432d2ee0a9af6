import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/server.js', import.meta.url));

/** The built server's command line (`npm run build` first) in a process of its own. */
export interface ServerProcess {
  /** Where it listens, e.g. http://127.0.0.1:41234. */
  url: string;
  pid: number;
  /** What it wrote to stderr so far: its warnings and errors, as JSON lines. */
  errors(): string;
  /** SIGKILL: no shutdown of any kind, as when the machine's OOM killer or a power cut strikes. */
  kill(): Promise<void>;
  /** SIGTERM and wait: the orderly close `npm start` does. */
  stop(): Promise<void>;
}

/**
 * Starts `node dist/server.js` with the demo and `env` (src/config.ts reads it), on a free
 * port unless PORT is given, and resolves once it says where it listens.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--max-old-space-size=1024', cli], {
    env: { ...process.env, PORT: '0', ATRIUM_DEMO: '1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await listeningUrl(child, exited, () => stderr);
  return {
    url,
    pid: child.pid as number,
    errors: () => stderr,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The address the demo's banner names on stdout; a process that ends first is an error. */
function listeningUrl(child: ChildProcess, exited: Promise<void>, stderr: () => string) {
  return new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const url = /Atrium demo on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url) resolve(url);
    });
    void exited.then(() => reject(new Error(`the server exited before it listened:\n${stderr()}`)));
  });
}
