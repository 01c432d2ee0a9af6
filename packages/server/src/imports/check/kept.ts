import type { Sql } from '../../db/scope.js';
import { distinct, type PassContext } from '../kinds/kind.js';

/**
 * What a pass knows of one kind of thing the rows name (units, accounts, people), by the key
 * rows are compared by. Memory holds only the current batch's entries: in the check pass,
 * those of the rows before it are loaded from `import_keys` and every entry the batch touched
 * is saved back when it ends, so a file of any size is checked in one batch's memory. The
 * write pass keeps nothing between batches: what earlier batches wrote is in the directory.
 */
export class Kept<T> {
  private readonly entries = new Map<string, T>();

  constructor(
    private readonly context: PassContext,
    private readonly kind: string,
  ) {}

  get(key: string): T | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, entry: T) {
    this.entries.set(key, entry);
  }

  /** Brings in what the rows before this batch made of these keys. */
  async load(sql: Sql, keys: Iterable<string>) {
    if (this.context.lock) return;
    const wanted = distinct(keys).filter((key) => !this.entries.has(key));
    if (!wanted.length) return;
    const { rows } = await sql.query<{ key: string; entry: T }>(
      `SELECT key, entry FROM import_keys
        WHERE tenant_id = $1 AND import_id = $2 AND kind = $3 AND key = ANY($4::text[])`,
      [this.context.tenantId, this.context.id, this.kind, wanted],
    );
    for (const { key, entry } of rows) this.entries.set(key, entry);
  }

  /** The batch is through: its entries are saved for the next (check pass) and forgotten. */
  async save(sql: Sql) {
    if (!this.context.lock && this.entries.size) {
      await sql.query(
        `INSERT INTO import_keys (tenant_id, import_id, kind, key, entry)
         SELECT $1, $2, $3, k.key, k.entry FROM unnest($4::text[], $5::jsonb[]) AS k(key, entry)
             ON CONFLICT (import_id, kind, key) DO UPDATE SET entry = EXCLUDED.entry`,
        [
          this.context.tenantId,
          this.context.id,
          this.kind,
          [...this.entries.keys()],
          [...this.entries.values()].map((entry) => JSON.stringify(entry)),
        ],
      );
    }
    this.entries.clear();
  }
}
