import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { assertNoSentSecret, gatherGiven, gatherSent } from './secrets.js';

// The bundled contract, read on its own here so the tests judge the server independently.
const spec = JSON.parse(
  readFileSync(new URL('../src/generated/openapi.json', import.meta.url), 'utf8'),
) as {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { responses: Record<string, unknown> };
};

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addSchema({ $id: 'spec', components: spec.components });
const withSpecRefs = (schema: unknown) =>
  JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', '"$ref":"spec#/')) as object;

/** A validator of a schema of the contract (its refs are the contract's). */
export const compileSchema = (schema: unknown): ValidateFunction =>
  ajv.compile(withSpecRefs(schema));

const routes = Object.entries(spec.paths).map(([path, item]) => ({
  pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  item,
}));

/** Responses that broke the contract, collected by checkedFetch; each suite asserts none. */
export const violations: string[] = [];

type Operation = { responses: Record<string, unknown> };

/** The contract's operation a request is, if it is one (not the portal, /docs, /dev/outbox). */
function operationOf(method: string, pathname: string): Operation | undefined {
  const apiPath = pathname.startsWith('/t/') ? pathname.replace(/^\/t\/[^/]+/, '') : pathname;
  const route = routes.find((r) => r.pattern.test(apiPath));
  return route?.item[method.toLowerCase()];
}

function check(
  operation: Operation,
  method: string,
  pathname: string,
  status: number,
  type: string,
  body: unknown,
) {
  const where = `${method} ${pathname} ${status}`;
  let response = operation.responses[String(status)] as
    { $ref?: string; content?: Record<string, { schema?: unknown }> } | undefined;
  if (response?.$ref)
    response = spec.components.responses[response.$ref.split('/').pop() ?? ''] as never;
  if (!response) return void violations.push(`${where}: status not in the contract`);
  const mediaType = type.split(';')[0]?.trim() ?? '';
  const content = response.content;
  if (!content) {
    if (body !== undefined) violations.push(`${where}: body where the contract has none`);
    return;
  }
  const declared = content[mediaType];
  if (!declared) return void violations.push(`${where}: ${mediaType} not in the contract`);
  if (declared.schema === undefined) return; // a file: the contract names only its type
  const validate = compileSchema(declared.schema);
  if (!validate(body)) violations.push(`${where}: ${ajv.errorsText(validate.errors)}`);
}

/** A request's JSON body; nothing for one that is not JSON (the bad-input tests send such). */
function sentJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const parsedJson = (text: string, type: string | null) =>
  text && type?.includes('json') ? (JSON.parse(text) as unknown) : undefined;

/**
 * fetch that checks every API answer against the contract's response schema, and that no
 * answer shows a secret (a password, a token) a request carried (secrets.ts).
 */
export const checkedFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const type = request.headers.get('content-type');
  if (type?.includes('json')) gatherSent(sentJson(await request.clone().text()));
  const response = await fetch(request);
  const text = await response.clone().text();
  const answerType = response.headers.get('content-type') ?? '';
  const body = parsedJson(text, answerType) ?? (text || undefined);
  const { pathname } = new URL(request.url);
  const operation = operationOf(request.method, pathname);
  if (operation) {
    check(operation, request.method, pathname, response.status, answerType, body);
    assertNoSentSecret(text, `${request.method} ${pathname}`);
    gatherGiven(body);
  }
  return response;
};

/**
 * Checks every answer a server in this process sends, as it leaves, against the contract:
 * for suites whose clients are not checkedFetch (the SDK's, with fetches of their own).
 * Violations go to `violations`, which the suite asserts empty when it closes the server.
 */
export function checkAnswersOf(server: Server): void {
  server.prependListener('request', (request, response) => {
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    const { write, end } = response;
    response.write = ((...args: Parameters<typeof write>) => {
      keep(args[0]);
      return write.apply(response, args);
    }) as typeof response.write;
    response.end = ((...args: Parameters<typeof end>) => {
      keep(args[0]);
      const { pathname } = new URL(request.url ?? '/', 'http://server');
      const operation = operationOf(request.method ?? 'GET', pathname);
      if (operation) {
        const type = String(response.getHeader('content-type') ?? '');
        const text = Buffer.concat(chunks).toString('utf8');
        const body = parsedJson(text, type) ?? (text || undefined);
        check(operation, request.method ?? 'GET', pathname, response.statusCode, type, body);
      }
      return end.apply(response, args);
    }) as typeof response.end;
  });
}
