// Type tests: `npx tsc -p packages/sdk/test/tsconfig.json` fails when a line marked as an
// expected error compiles, i.e. when the SDK's types stop refusing misuse. Nothing here runs.
import {
  AtriumError,
  createAtriumClient,
  paginate,
  passwordChecks,
  validators,
  type AtriumClient,
  type ErrorCode,
  type FieldErrorCode,
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

  void [signedOut, first, wrong, cursor, role, code, fieldCode, schema];
}
