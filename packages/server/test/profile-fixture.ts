import { randomUUID } from 'node:crypto';
import type { Locale } from '@atrium/sdk';
import { hashPassword } from '../src/auth/passwords.js';
import { one } from '../src/db/scope.js';
import type { TestServer } from './helpers.js';
import { labPassword, type PeopleLab, type UnitNumber } from './people-fixture.js';

type Role = 'owner' | 'resident' | 'board_member';

/** Someone added to a lab for one test, signed in with the lab's password. */
export interface Member {
  id: string;
  email: string;
  /** Their access token. */
  token: string;
  /** fetch on the lab's API with their token, from the given client address if any. */
  call: (
    path: string,
    init?: RequestInit & { json?: unknown; address?: string },
  ) => Promise<Response>;
}

/**
 * A person of the lab of their own (staff if `staff`), linked to units as given, with the
 * lab's password: tests that change a person's settings do not disturb each other.
 */
export async function addMember(
  server: TestServer,
  lab: PeopleLab,
  q: {
    locale?: Locale;
    staff?: 'manager' | 'director' | 'accountant';
    links?: [UnitNumber, Role][];
  } = {},
): Promise<Member> {
  const email = `m-${randomUUID().slice(0, 8)}@${lab.slug}.example`;
  const hash = await hashPassword(labPassword);
  const id = await lab.sql(async (sql) => {
    const { id } = one(
      await sql.query<{ id: string }>(
        `INSERT INTO people (tenant_id, email, name, locale, password_hash, staff_role)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [lab.tenantId, email, `Member ${email}`, q.locale ?? 'en', hash, q.staff ?? null],
      ),
    );
    for (const [unit, role] of q.links ?? []) {
      await sql.query(
        `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
         VALUES ($1, $2, $3, $4, $5)`,
        [lab.tenantId, id, lab.unitIds[unit], role, role === 'owner' ? '0.1' : null],
      );
    }
    return id;
  });
  const { accessToken: token } = await server
    .client(lab.slug)
    .auth.signIn({ email, password: labPassword });
  return {
    id,
    email,
    token,
    call: (path, init = {}) =>
      server.fetch(`/t/${lab.slug}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, ...init.headers },
      }),
  };
}

/** The mail queued for an address, sent or not, oldest first. */
export const outboxOf = (server: TestServer, to: string) =>
  server.app.db.withSystem(async (sql) => {
    const { rows } = await sql.query<{
      subject: string;
      text: string;
      html: string;
      headers: Record<string, string>;
    }>(
      `SELECT subject, text_body AS text, html_body AS html, headers FROM mail_outbox
        WHERE to_address = $1 ORDER BY created_at`,
      [to],
    );
    return rows;
  });

/** An access token of the other demo tenant's manager (Leśna 5), to try on the lab's API. */
export const foreignToken = async (server: TestServer) =>
  (
    await server
      .client('lesna-5')
      .auth.signIn({ email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' })
  ).accessToken;
