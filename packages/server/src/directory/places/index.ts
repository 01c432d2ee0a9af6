import type { FastifyInstance } from 'fastify';
import { createAccountRoute } from './accounts/routes/create.js';
import { updateAccountRoute } from './accounts/routes/update.js';
import { groups } from './groups/kind.js';
import type { AnyKind } from './kind.js';
import { linkRoute } from './links/routes/link.js';
import { unlinkRoute } from './links/routes/unlink.js';
import { properties } from './properties/kind.js';
import { quarters } from './quarters/kind.js';
import { createRoute } from './routes/create.js';
import { getRoute } from './routes/get.js';
import { listRoute } from './routes/list.js';
import { updateRoute } from './routes/update.js';
import { units } from './units/kind.js';

const kinds: AnyKind[] = [groups, quarters, properties, units];

/**
 * The places of the directory (DIR-1..3): groups, quarters, properties and units, each
 * listed, created, read and changed alike; the units' accounts and the people linked to
 * them. See ../README.md for the rules of deactivation, order and locking.
 */
export async function places(app: FastifyInstance) {
  for (const kind of kinds) {
    await app.register(listRoute(kind));
    await app.register(createRoute(kind));
    await app.register(getRoute(kind));
    await app.register(updateRoute(kind));
  }
  await app.register(createAccountRoute);
  await app.register(updateAccountRoute);
  await app.register(linkRoute);
  await app.register(unlinkRoute);
}
