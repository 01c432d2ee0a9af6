import assert from 'node:assert/strict';
import type { AtriumClient, Locale, RegistrationInput, RegistrationOutcome } from '@atrium/sdk';
import { hashPassword } from '../src/auth/passwords.js';
import { one, type Sql } from '../src/db/scope.js';
import { createSmsSandbox, type SandboxSms } from '../src/sandbox/sms/index.js';
import { HttpSmsProvider } from '../src/sms/http-provider.js';
import { signIns, type Call, type TestServer } from './helpers.js';
import { serveForSuite } from './suite-service.js';

/** An SMS sandbox on a port of its own, as the outside gateway it stands in for, and its adapter. */
export function useSmsSandbox() {
  const sandbox = createSmsSandbox();
  const provider = new HttpSmsProvider({
    baseUrl: serveForSuite(sandbox.plugin),
    apiKey: sandbox.control.apiKey,
    timeoutMs: 500,
  });
  return { control: sandbox.control, provider };
}

export type SmsControl = ReturnType<typeof useSmsSandbox>['control'];

const password = 'Rejestracja-2026!';
export const slug = 'lesna-5';

/** Staff added to Leśna 5 for these tests, beside its manager Katarzyna. */
const staff = {
  marek: { name: 'Marek Zieliński', role: 'manager' },
  dorota: { name: 'Dorota Dyrektor', role: 'director' },
  kasia: { name: 'Kasia Księgowa', role: 'accountant' },
} as const;
export type Staff = keyof typeof staff;

/**
 * Leśna 5 of the demo (pl), with a second manager, a director and an accountant (all of one
 * password), and a second property, Leśna 7, that opts out of self-registration: its flat 1
 * (account LES7-001) is owned by Olga Ostrowska.
 */
export interface RegistrationsLab {
  tenantId: string;
  /** The unit ids of Leśna 5 by number, and Leśna 7's flat 1 as `L7-1`. */
  unitIds: Record<string, string>;
  /** The ids of Leśna 5's people by e-mail. */
  personIds: Record<string, string>;
  as(who: Staff | 'katarzyna' | 'anna' | 'jan'): Promise<Call>;
  anonymous: Call;
  sql<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
}

const demoPasswords = {
  katarzyna: ['katarzyna@lesna5.example', 'Zarzad-2026!'],
  anna: ['anna@lesna5.example', 'Lesna5-Haslo!'],
  jan: ['jan@lesna5.example', 'Lesna5-Jan-1!'],
} as const;

export async function createRegistrationsLab(server: TestServer): Promise<RegistrationsLab> {
  const hash = await hashPassword(password);
  const sql = <T>(fn: (sql: Sql) => Promise<T>) => server.app.db.withSystem(fn);
  const tenantId = await sql(async (q) => {
    const { id } = one(
      await q.query<{ id: string }>('SELECT id FROM tenants WHERE slug = $1', [slug]),
    );
    for (const [who, person] of Object.entries(staff)) {
      await q.query(
        `INSERT INTO people (tenant_id, email, name, locale, password_hash, staff_role)
         VALUES ($1, $2, $3, 'pl', $4, $5)`,
        [id, `${who}@lesna5.example`, person.name, hash, person.role],
      );
    }
    await q.query(
      `WITH p AS (INSERT INTO properties (tenant_id, quarter_id, name, type, legal_entity, address,
                                          total_area, self_registration)
                  SELECT $1, quarter_id, 'Leśna 7', 'residential_building', 'Wspólnota Leśna 7',
                         'ul. Leśna 7, 30-001 Kraków', 500, false
                    FROM properties WHERE tenant_id = $1 LIMIT 1
                  RETURNING id),
            u AS (INSERT INTO units (tenant_id, property_id, number, area)
                  SELECT $1, p.id, '1', 60 FROM p RETURNING id),
            a AS (INSERT INTO accounts (tenant_id, unit_id, number)
                  SELECT $1, u.id, 'LES7-001' FROM u),
            o AS (INSERT INTO people (tenant_id, email, name, locale)
                  VALUES ($1, 'olga.ostrowska@lesna5.example', 'Olga Ostrowska', 'pl')
                  RETURNING id)
       INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
       SELECT $1, o.id, u.id, 'owner', 1 FROM o, u`,
      [id],
    );
    return id;
  });
  const ids = await sql(async (q) => {
    const units = await q.query<{ key: string; id: string }>(
      `SELECT CASE WHEN p.name = 'Leśna 7' THEN 'L7-' || u.number ELSE u.number END AS key, u.id
         FROM units u JOIN properties p ON p.id = u.property_id WHERE u.tenant_id = $1`,
      [tenantId],
    );
    const people = await q.query<{ email: string; id: string }>(
      'SELECT email, id FROM people WHERE tenant_id = $1',
      [tenantId],
    );
    return {
      unitIds: Object.fromEntries(units.rows.map((r) => [r.key, r.id])),
      personIds: Object.fromEntries(people.rows.map((r) => [r.email, r.id])),
    };
  });

  const staffSignIn = signIns(server, slug, password);
  const demoSignIn = Object.fromEntries(
    Object.entries(demoPasswords).map(([who, [email, secret]]) => {
      const signIn = signIns(server, slug, secret);
      return [who, () => signIn(email)];
    }),
  );
  return {
    tenantId,
    ...ids,
    as: (who) => demoSignIn[who]?.() ?? staffSignIn(`${who}@lesna5.example`),
    anonymous: (path, init = {}) => server.fetch(`/t/${slug}${path}`, init),
    sql,
  };
}

/** The newest SMS the sandbox holds for a phone, waiting for the outbox sender if need be. */
export async function waitForSms(
  control: SmsControl,
  phone: string,
  previous = 0,
): Promise<SandboxSms> {
  for (let i = 0; i < 100; i++) {
    const [newest, ...rest] = control.messages(phone);
    if (newest && rest.length >= previous) return newest;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no SMS for ${phone}`);
}

/** The code the newest SMS to a phone carries. */
export function codeOf(sms: SandboxSms): string {
  const code = /\b(\d{6})\b/.exec(sms.text)?.[1];
  assert.ok(code, `no code in "${sms.text}"`);
  return code;
}

/** Asks for a code for the phone and reads it off the phone (the sandbox). */
export async function codeFor(client: AtriumClient, control: SmsControl, phone: string) {
  const before = control.messages(phone).length;
  const sent = await client.registrations.requestCode({ phone, locale: 'pl' });
  assert.deepEqual(sent, { expiresIn: 600 });
  const sms = control.messages(phone);
  assert.equal(sms.length, before + 1, 'the code is sent before the answer');
  return codeOf(sms[0] as SandboxSms);
}

/** The whole registration of a phone: a code, then the form. */
export async function registerWithCode(
  client: AtriumClient,
  control: SmsControl,
  input: Omit<RegistrationInput, 'code' | 'locale'> & { locale?: Locale },
): Promise<RegistrationOutcome> {
  const code = await codeFor(client, control, input.phone);
  return client.registrations.register({ locale: 'pl', ...input, code });
}
