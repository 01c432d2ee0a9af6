import { randomBytes } from 'node:crypto';
import { one, type Scopes } from '../db/scope.js';

/**
 * The key that signs access tokens: TOKEN_SECRET when set, else one generated once and
 * kept in the database, so tokens survive restarts and every node shares it.
 */
export async function loadTokenSecret(db: Scopes, configured?: string): Promise<string> {
  if (configured) return configured;
  return db.withSystem(async (sql) => {
    await sql.query(
      "INSERT INTO server_secrets (name, value) VALUES ('token_secret', $1) ON CONFLICT (name) DO NOTHING",
      [randomBytes(48).toString('base64url')],
    );
    const { rows } = await sql.query<{ value: string }>(
      "SELECT value FROM server_secrets WHERE name = 'token_secret'",
    );
    return one({ rows }).value;
  });
}
