import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { migrate } from '../src/db/migrate.js';
import { openPool } from '../src/db/pool.js';
import { photoLimit } from '../src/tickets/photos/formats.js';
import { documentLimit } from '../src/voting/documents/store.js';
import { engines } from './databases.js';

// The SQL CHECKs repeat constraints of the contract as a second line of defence; this
// keeps them from drifting apart (ORG-2 branding, ORG-3 password policy).
const sql = (file: string) =>
  readFileSync(new URL(`../migrations/${file}`, import.meta.url), 'utf8');
const spec = JSON.parse(
  readFileSync(new URL('../src/generated/openapi.json', import.meta.url), 'utf8'),
) as {
  paths: Record<
    string,
    Record<string, { description?: string; parameters?: { name: string; schema: unknown }[] }>
  >;
  components: { schemas: Record<string, Record<string, unknown>> };
};
const schema = (name: string) => (spec.components.schemas[name] ?? {}) as Record<string, unknown>;
const property = (name: string, field: string) =>
  (schema(name).properties as Record<string, Record<string, unknown>>)[field] ?? {};
const enumOf = (name: string) => schema(name).enum as string[];

/** The patterns of every `column ~ '...'` CHECK, by column. */
function patterns(text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [, column = '', pattern = ''] of text.matchAll(/CHECK \((\w+) ~ '([^']+)'\)/g)) {
    found.set(column, (found.get(column) ?? new Set()).add(pattern));
  }
  return found;
}
const locales = (text: string, column: string) =>
  new RegExp(`${column} text NOT NULL CHECK \\(${column} IN \\(([^)]+)\\)\\)`)
    .exec(text)?.[1]
    ?.split(',')
    .map((l) => l.trim().replace(/'/g, ''));

/** Each `column text ... CHECK (column IN (...))` of a migration, in order, with its values. */
function sqlEnums(text: string): [string, string[]][] {
  return [...text.matchAll(/(\w+) text [^,]*?CHECK \(\1 IN \(([^)]+)\)\)/g)].map(
    ([, column = '', values = '']) => [
      column,
      [...values.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? ''),
    ],
  );
}

/** The numbers of the first CHECK on a column that matches `shape` (its groups). */
function bounds(text: string, shape: RegExp): number[] {
  const found = shape.exec(text);
  assert.ok(found, `a CHECK like ${shape}`);
  return found.slice(1).map(Number);
}

describe('migrations agree with the contract', () => {
  const tenants = sql('002_tenants.sql');

  it('ORG-2 slug, currency and colour patterns are the contract’s', () => {
    const checks = patterns(tenants);
    assert.deepEqual([...(checks.get('slug') ?? [])], [property('Branding', 'slug').pattern]);
    assert.deepEqual(
      [...(checks.get('currency') ?? [])],
      [property('Branding', 'currency').pattern],
    );
    const colors = [...checks.entries()].filter(([column]) => column.startsWith('color_'));
    assert.equal(colors.length, 5, 'one CHECK per branding colour');
    for (const [column, set] of colors)
      assert.deepEqual([...set], [schema('Color').pattern], column);
  });

  it('ORG-3 the password length bounds are the contract’s', () => {
    const bounds =
      /password_min_length integer .* CHECK \(password_min_length BETWEEN (\d+) AND (\d+)\)/.exec(
        tenants,
      );
    const minLength = property('PasswordPolicy', 'minLength');
    assert.deepEqual(bounds?.slice(1).map(Number), [minLength.minimum, minLength.maximum]);
  });

  it('the stored languages are the contract’s locales', () => {
    assert.deepEqual(locales(tenants, 'default_locale'), schema('Locale').enum);
    assert.deepEqual(locales(sql('004_people.sql'), 'locale'), schema('Locale').enum);
  });

  it('MTR-1 the stored meter kinds, measures, dial bounds, serial and comment lengths are the contract’s', () => {
    const meters = sql('030_meters.sql');
    // the tenant's jump rule is a setting no operation of the contract carries
    const stored = sqlEnums(meters).filter(([column]) => column !== 'meter_jump_rule');
    assert.deepEqual(stored, [
      ['kind', enumOf('MeterKind')],
      ['measure', enumOf('MeasureUnit')],
      ['kind', enumOf('ReadingKind')],
    ]);
    const digits = property('MeterInput', 'digits');
    const decimals = property('MeterInput', 'decimals');
    assert.deepEqual(bounds(meters, /CHECK \(digits BETWEEN (\d+) AND (\d+)\)/), [
      digits.minimum,
      digits.maximum,
    ]);
    assert.deepEqual(bounds(meters, /CHECK \(decimals BETWEEN (\d+) AND (\d+)\)/), [
      decimals.minimum,
      decimals.maximum,
    ]);
    // a value holds the largest dial: digits.maximum whole and decimals.maximum fraction digits
    assert.deepEqual(bounds(meters, /value numeric\((\d+), (\d+)\)/), [
      Number(digits.maximum) + Number(decimals.maximum),
      decimals.maximum,
    ]);
    assert.deepEqual(bounds(meters, /length\(serial_number\) <= (\d+)/), [
      property('MeterInput', 'serialNumber').maxLength,
    ]);
    assert.deepEqual(bounds(meters, /length\(comment\) <= (\d+)/), [
      property('ReadingInput', 'comment').maxLength,
    ]);
  });

  it('TKT-1 the stored statuses, categories, places, contact times, event kinds, photo types and lengths are the contract’s', () => {
    const tickets = sql('031_tickets.sql');
    const statuses = enumOf('TicketStatus');
    const photoTypes = (property('PhotoUpload', 'contentType') as { enum?: string[] }).enum;
    assert.deepEqual(Object.fromEntries(sqlEnums(tickets)), {
      status: statuses,
      category: enumOf('TicketCategory'),
      place: enumOf('TicketPlace'),
      contact_time: enumOf('ContactTime'),
      kind: enumOf('TicketEventKind'),
      from_status: statuses,
      to_status: statuses,
      content_type: photoTypes,
    });
    const description = property('TicketInput', 'description');
    assert.deepEqual(bounds(tickets, /length\(description\) BETWEEN (\d+) AND (\d+)/), [
      description.minLength,
      description.maxLength,
    ]);
    assert.deepEqual(bounds(tickets, /length\(location\) <= (\d+)/), [
      property('TicketInput', 'location').maxLength,
    ]);
    for (const [name, field] of [
      ['CommentInput', 'text'],
      ['StatusChangeInput', 'comment'],
      ['ReopenInput', 'comment'],
    ] as const) {
      assert.deepEqual(
        bounds(tickets, /length\(comment\) <= (\d+)/),
        [property(name, field).maxLength],
        `${name}.${field}`,
      );
    }
    const fileName = spec.paths['/ticket-photos']?.post?.parameters?.find(
      (p) => p.name === 'fileName',
    )?.schema as { maxLength?: number } | undefined;
    assert.deepEqual(bounds(tickets, /length\(file_name\) <= (\d+)/), [fileName?.maxLength]);
    assert.deepEqual(bounds(tickets, /position BETWEEN (\d+) AND (\d+)/), [
      1,
      property('TicketInput', 'photoIds').maxItems,
    ]);
    assert.deepEqual(bounds(tickets, /size BETWEEN (\d+) AND (\d+)/), [1, photoLimit]);
  });

  it('VOTE-1..3 the stored majorities, choices, lengths, fraction and agenda bounds are the contract’s', () => {
    const voting = sql('040_voting.sql');
    assert.deepEqual(sqlEnums(voting), [
      ['majority', enumOf('Majority')],
      ['choice', enumOf('VoteChoice')],
    ]);
    const titles = [...voting.matchAll(/length\(title\) <= (\d+)/g)].map((m) => Number(m[1]));
    assert.deepEqual(titles, [
      property('MeetingInput', 'title').maxLength,
      property('ResolutionInput', 'title').maxLength,
    ]);
    assert.deepEqual(bounds(voting, /length\(description\) <= (\d+)/), [
      property('MeetingInput', 'description').maxLength,
    ]);
    assert.deepEqual(bounds(voting, /length\(text\) <= (\d+)/), [
      property('ResolutionInput', 'text').maxLength,
    ]);
    // a fraction's terms: 1 ≤ numerator ≤ denominator ≤ the contract's maximum
    const fraction = schema('Fraction').properties as Record<string, Record<string, number>>;
    for (const [column, shape] of [
      [
        'quorum',
        /CHECK \(quorum_numerator BETWEEN (\d+) AND quorum_denominator AND quorum_denominator <= (\d+)\)/,
      ],
      [
        'qualified',
        /CHECK \(qualified_numerator BETWEEN (\d+) AND qualified_denominator\s+AND qualified_denominator <= (\d+)\)/,
      ],
    ] as const) {
      assert.deepEqual(
        bounds(voting, shape),
        [fraction.numerator?.minimum, fraction.denominator?.maximum],
        column,
      );
    }
    assert.equal(fraction.numerator?.maximum, fraction.denominator?.maximum);
    assert.deepEqual(bounds(voting, /CHECK \(number BETWEEN (\d+) AND (\d+)\)/), [
      1,
      property('MeetingInput', 'resolutions').maxItems,
    ]);
    // a document's size: the contract says it in megabytes, the table and the route in bytes
    const upload = spec.paths['/meetings/{meetingId}/documents']?.post;
    const megabytes = Number(/at most (\d+) MB/.exec(upload?.description ?? '')?.[1]);
    assert.equal(documentLimit, megabytes * 1024 * 1024);
    assert.deepEqual(
      bounds(voting, /size integer NOT NULL CHECK \(size BETWEEN (\d+) AND (\d+)\)/),
      [1, documentLimit],
    );
    const fileName = upload?.parameters?.find((p) => p.name === 'fileName')?.schema as
      { maxLength?: number } | undefined;
    assert.deepEqual(bounds(voting, /length\(name\) <= (\d+)/), [fileName?.maxLength]);
  });

  it('FIN-1 the stored entry kinds, titles and the bounds of an amount and a balance are the contract’s', () => {
    const payments = sql('050_payments.sql');
    assert.deepEqual(sqlEnums(payments), [
      ['kind', enumOf('EntryKind')],
      ['title', enumOf('EntryTitle')],
    ]);
    const money = schema('Money');
    assert.equal(money.minimum, -Number(money.maximum), 'the contract’s bound is symmetric');
    assert.deepEqual(bounds(payments, /CHECK \(abs\(amount\) <= (\d+)\)/), [money.maximum]);
    assert.deepEqual(bounds(payments, /CHECK \(balance BETWEEN -(\d+) AND (\d+)\)/), [
      money.maximum,
      money.maximum,
    ]);
  });

  it('ANN-1 the stored audience scopes, roles, author roles and text lengths are the contract’s', () => {
    const announcements = sql('060_announcements.sql');
    const author = property('Announcement', 'author').properties as Record<
      string,
      { enum?: string[] }
    >;
    assert.deepEqual(sqlEnums(announcements), [
      ['audience_scope', enumOf('AudienceScope')],
      ['author_role', author.role?.enum],
    ]);
    const roles = property('Audience', 'roles');
    const stored = /audience_roles <@ ARRAY\[([^\]]+)\]/.exec(announcements)?.[1];
    assert.deepEqual(
      [...(stored ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]),
      enumOf('AudienceRole'),
    );
    assert.deepEqual(
      bounds(announcements, /cardinality\(audience_roles\) BETWEEN (\d+) AND (\d+)/),
      [roles.minItems, roles.maxItems],
    );
    for (const [column, name] of [
      ['title', 'AnnouncementTitle'],
      ['body', 'AnnouncementBody'],
    ] as const) {
      assert.deepEqual(
        bounds(announcements, new RegExp(`length\\(${column}\\) BETWEEN (\\d+) AND (\\d+)`)),
        [schema(name).minLength, schema(name).maxLength],
        column,
      );
    }
  });

  it('FIN-5 the stored loyalty program pattern is the contract’s', () => {
    const programs = patterns(sql('052_loyalty_programs.sql'));
    assert.deepEqual(
      [...(programs.get('loyalty_program') ?? [])],
      [schema('LoyaltyProgram').pattern],
    );
  });
});

for (const engine of engines) {
  describe(`row-level security on ${engine.name}`, () => {
    it('ORG-1 every table with a tenant_id column has row-level security enabled and forced', async () => {
      const database = await engine.create();
      const pool = await openPool(database.options);
      try {
        await migrate(pool.pool);
        const { rows } = await pool.pool.query<{
          name: string;
          enabled: boolean;
          forced: boolean;
        }>(
          `SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
             FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
              AND EXISTS (SELECT 1 FROM pg_attribute a
                           WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
            ORDER BY c.relname`,
        );
        const names = rows.map((r) => r.name);
        for (const table of [
          'meters',
          'meter_readings',
          'tickets',
          'ticket_photos',
          'people',
          'account_entries',
          'announcements',
          'announcement_reads',
        ]) {
          assert.ok(names.includes(table), `${table} is among them`);
        }
        assert.deepEqual(
          rows.filter((r) => !r.enabled || !r.forced).map((r) => r.name),
          [],
          'tables whose rows another tenant could read',
        );
      } finally {
        await pool.close();
        await database.drop();
      }
    });
  });
}
