// Type tests: `npx tsc -p packages/sdk/test/tsconfig.json` fails when a line marked as an
// expected error compiles, i.e. when the SDK's types stop refusing misuse. Nothing here runs.
import type { Send } from '../src/http.js';
import {
  AtriumError,
  createAtriumClient,
  isLocale,
  locales,
  paginate,
  passwordChecks,
  validators,
  type AtriumClient,
  type ErrorCode,
  type FieldErrorCode,
  type Locale,
  type Me,
  type SessionInfo,
  type components,
} from '../src/index.js';

export async function typeChecks(client: AtriumClient): Promise<void> {
  // @ts-expect-error signIn needs a password
  await client.auth.signIn({ email: 'anna@lesna5.example' });
  // @ts-expect-error the contract has no such field
  await client.auth.signIn({ email: 'a@b.example', password: 'x', remember: true });
  // @ts-expect-error locale is one of ru, pl, en
  await client.auth.requestPasswordReset({ email: 'a@b.example', locale: 'de' });
  // @ts-expect-error limit is a number
  await client.auth.listSessions({ limit: '10' });

  const page = await client.auth.listSessions();
  const first: SessionInfo | undefined = page.items[0];
  // @ts-expect-error items are SessionInfo, not strings
  const wrong: string | undefined = page.items[0];
  const cursor: string | null = page.nextCursor;

  const me: Me = await client.people.me();
  // @ts-expect-error roles are contract roles
  const role: 'tenant' = me.roles[0];

  const branding = await client.tenants.branding();
  passwordChecks(branding.passwordPolicy, 'x');
  // @ts-expect-error a policy needs every flag
  passwordChecks({ minLength: 8 }, 'x');

  // @ts-expect-error signOut resolves with nothing to read
  const signedOut: { ok: boolean } = await client.auth.signOut();

  for await (const sessions of paginate((q) => client.auth.listSessions(q))) {
    const session: SessionInfo | undefined = sessions[0];
    void session;
  }

  const error = new AtriumError({ code: 'timeout', status: 0, title: 't' });
  const code: ErrorCode | 'network_error' | 'timeout' | 'aborted' = error.code;
  // @ts-expect-error codes come from the contract
  void new AtriumError({ code: 'oops', status: 0, title: 't' });
  const fieldCode: FieldErrorCode | undefined = error.fieldErrors[0]?.code;
  const parsed = validators.SignInRequest.safeParse({});
  const schema: components['schemas']['SignInRequest'] | undefined = parsed.data;

  // @ts-expect-error a tenant is required
  createAtriumClient({ baseUrl: 'http://localhost:3000' });
  // @ts-expect-error locale must be a supported one
  createAtriumClient({ baseUrl: 'http://localhost:3000', tenant: 'x', locale: 'de' });

  const known: readonly Locale[] = locales;
  // @ts-expect-error the list is read-only
  locales.push('en');
  const header: string = 'pl-PL';
  // @ts-expect-error a plain string is not a Locale
  const unchecked: Locale = header;
  const checked: Locale | undefined = isLocale(header) ? header : undefined;

  void [signedOut, first, wrong, cursor, role, code, fieldCode, schema, known, unchecked, checked];
}

// The Idempotency-Key flag follows the contract's `paths`: required exactly on the
// operations that declare the header (signOut, requestPasswordReset, revokeSession).
export async function idempotencyChecks(send: Send): Promise<void> {
  const refreshToken = 'rt_x';
  await send({
    method: 'post',
    path: '/auth/sign-out',
    json: { refreshToken },
    idempotencyKey: true,
  });
  await send({
    method: 'post',
    path: '/auth/password-reset',
    json: { email: 'a@b.example' },
    idempotencyKey: true,
  });
  await send({
    method: 'delete',
    path: '/auth/sessions/{sessionId}',
    pathParams: { sessionId: 's' },
    idempotencyKey: true,
  });
  // @ts-expect-error signOut declares Idempotency-Key: the flag cannot be forgotten
  await send({ method: 'post', path: '/auth/sign-out', json: { refreshToken } });
  await send({
    method: 'post',
    path: '/auth/refresh',
    json: { refreshToken },
    // @ts-expect-error refreshSession declares none: a retried refresh would spend the token twice
    idempotencyKey: true,
  });
  await send({
    method: 'post',
    path: '/auth/sign-in',
    json: { email: 'a', password: 'b' },
    // @ts-expect-error signIn declares none
    idempotencyKey: true,
  });
  // @ts-expect-error a GET declares none
  await send({ method: 'get', path: '/me', idempotencyKey: true });
}
