import assert from 'node:assert/strict';
import type { AtriumClient, Import, ImportError, ImportKind, Locale } from '@atrium/sdk';
import { hashPassword } from '../src/auth/passwords.js';
import { one, type Sql } from '../src/db/scope.js';
import type { TestServer } from './helpers.js';

const password = 'Imports-Lab-2026';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const staff = { manager: 'manager', director: 'director', accountant: 'accountant' } as const;
/** Who signs in to a lab; the last three hold a role for the seed unit S1. */
export type Who = 'manager' | 'director' | 'accountant' | 'owner' | 'resident' | 'board';
export const everyone: Who[] = ['manager', 'director', 'accountant', 'owner', 'resident', 'board'];
/** Those who may not import (DIR-4: managers and directors only). */
export const refused: Who[] = ['accountant', 'owner', 'resident', 'board'];
const unitRoles = { owner: 'owner', resident: 'resident', board: 'board_member' } as const;

/** The rows of a lab's directory, to compare before and after an import. */
export interface Counts {
  groups: number;
  quarters: number;
  properties: number;
  units: number;
  accounts: number;
  people: number;
  links: number;
}

/**
 * A tenant of its own for imports: its language `locale`, a seed property `Seed House` with
 * unit S1 (50 m², owned whole by the lab's owner, who also signs in), staff and residents.
 */
export interface ImportsLab {
  slug: string;
  tenantId: string;
  personIds: Record<Who, string>;
  seed: { propertyId: string; unitId: string };
  /** A real SDK client signed in as `who`, speaking `locale` if given. */
  client(who: Who, locale?: Locale): Promise<AtriumClient>;
  /** An access token of `who`, for calls the SDK cannot make (a body of another type). */
  token(who: Who): Promise<string>;
  sql<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  counts(): Promise<Counts>;
}

export async function createImportsLab(
  server: TestServer,
  slug: string,
  locale: Locale,
): Promise<ImportsLab> {
  const hash = await hashPassword(password);
  const sql = <T>(fn: (sql: Sql) => Promise<T>) => server.app.db.withSystem(fn);
  const ids = await sql(async (q) => {
    const insert = async (text: string, values: unknown[]) =>
      one(await q.query<{ id: string }>(`${text} RETURNING id`, values)).id;
    const tenantId = await insert(
      `INSERT INTO tenants (slug, name, default_locale, currency) VALUES ($1, 'Imports Lab', $2, 'PLN')`,
      [slug, locale],
    );
    const propertyId = await insert(
      `INSERT INTO properties (tenant_id, name, type, legal_entity, address, total_area)
       VALUES ($1, 'Seed House', 'Apartment building', 'Seed HOA', '1 Seed St', 1000)`,
      [tenantId],
    );
    const unitId = await insert(
      `INSERT INTO units (tenant_id, property_id, number, area) VALUES ($1, $2, 'S1', 50)`,
      [tenantId, propertyId],
    );
    const personIds = {} as Record<Who, string>;
    for (const who of everyone) {
      personIds[who] = await insert(
        `INSERT INTO people (tenant_id, email, name, locale, password_hash, staff_role)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          tenantId,
          `${who}@${slug}.example`,
          `Lab ${who}`,
          locale,
          hash,
          staff[who as keyof typeof staff] ?? null,
        ],
      );
      const role = unitRoles[who as keyof typeof unitRoles];
      if (role) {
        await q.query(
          `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
           VALUES ($1, $2, $3, $4, $5)`,
          [tenantId, personIds[who], unitId, role, role === 'owner' ? 1 : null],
        );
      }
    }
    return { tenantId, personIds, seed: { propertyId, unitId } };
  });

  const clients = new Map<string, Promise<AtriumClient>>();
  return {
    slug,
    ...ids,
    client(who, locale) {
      const key = `${who}/${locale ?? ''}`;
      let client = clients.get(key);
      if (!client) {
        const created = server.client(slug, { locale });
        client = created.auth
          .signIn({ email: `${who}@${slug}.example`, password })
          .then(() => created);
        clients.set(key, client);
      }
      return client;
    },
    token: async (who) =>
      (await server.client(slug).auth.signIn({ email: `${who}@${slug}.example`, password }))
        .accessToken,
    sql,
    counts: () =>
      sql(async (q) => {
        const count = async (table: string) =>
          Number(
            one(
              await q.query<{ n: string }>(
                `SELECT count(*) AS n FROM ${table} WHERE tenant_id = $1`,
                [ids.tenantId],
              ),
            ).n,
          );
        return {
          groups: await count('property_groups'),
          quarters: await count('quarters'),
          properties: await count('properties'),
          units: await count('units'),
          accounts: await count('accounts'),
          people: await count('people'),
          links: await count('person_units'),
        };
      }),
  };
}

/** Uploads a file and waits until its import is invalid, done or failed. */
export async function imported(
  client: AtriumClient,
  kind: ImportKind,
  body: string | Uint8Array<ArrayBuffer>,
  type = 'text/csv',
): Promise<Import> {
  const started = await client.imports.upload(kind, new Blob([body], { type }), {
    fileName: `lab.${type === xlsxType ? 'xlsx' : 'csv'}`,
  });
  assert.equal(started.status, 'checking', 'an upload is answered before it is checked');
  return finished(client, started.id);
}

/** Polls an import until it has ended. */
export async function finished(client: AtriumClient, importId: string): Promise<Import> {
  for (let i = 0; i < 600; i++) {
    const found = await client.imports.get(importId);
    if (!['checking', 'importing'].includes(found.status)) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`import ${importId} did not end`);
}

/** Every error of an import, over as many pages as it takes. */
export async function allErrors(
  client: AtriumClient,
  importId: string,
  limit = 100,
): Promise<ImportError[]> {
  const errors: ImportError[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.imports.errors(importId, { limit, ...(cursor && { cursor }) });
    errors.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return errors;
}

/** Errors as [row, column, code] triples, to compare whole. */
export const triples = (errors: ImportError[]) =>
  errors.map((e) => [e.row, e.column, e.code] as const);

/** A CSV of a header and rows, comma separated, as a spreadsheet saves it. */
export const csv = (header: string[], rows: (string | number)[][]) =>
  [header, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';

export const unitHeader = [
  'property',
  'unit_number',
  'unit_area',
  'account_number',
  'person_name',
  'person_email',
  'person_phone',
  'person_locale',
  'roles',
  'ownership_share',
];
export const propertyHeader = [
  'name',
  'type',
  'legal_entity',
  'address',
  'total_area',
  'quarter',
  'group',
];
