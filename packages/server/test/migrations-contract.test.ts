import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

// The SQL CHECKs repeat constraints of the contract as a second line of defence; this
// keeps them from drifting apart (ORG-2 branding, ORG-3 password policy).
const sql = (file: string) =>
  readFileSync(new URL(`../migrations/${file}`, import.meta.url), 'utf8');
const spec = JSON.parse(
  readFileSync(new URL('../src/generated/openapi.json', import.meta.url), 'utf8'),
) as { components: { schemas: Record<string, Record<string, unknown>> } };
const schema = (name: string) => (spec.components.schemas[name] ?? {}) as Record<string, unknown>;
const property = (name: string, field: string) =>
  (schema(name).properties as Record<string, Record<string, unknown>>)[field] ?? {};

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
});
