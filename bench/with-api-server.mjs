import { forkServer } from './child.mjs';
import { signInOwner } from './demo-owner.mjs';

/**
 * Runs `run` against bench/api-server.mjs on `database`, given its address, the bare
 * route's, and the demo owner's session (signInOwner); stops the server afterwards.
 */
export async function withApiServer(database, run) {
  const server = forkServer(new URL('api-server.mjs', import.meta.url), [JSON.stringify(database)]);
  const { url, bareUrl } = await server.next();
  try {
    return await run({ url, bareUrl, ...(await signInOwner(url)) });
  } finally {
    await server.close();
  }
}
