import fc from 'fast-check';
import { compileSchema } from '../contract.js';
import { goodParts, resolve, type Operation, type Schema } from './operations.js';

/** One request that breaks the contract, and the field its answer must name (if any). */
export interface BadRequest {
  what: string;
  path: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: string;
  /** A field (a dotted path in the body, or a parameter's name) the errors must name. */
  names?: string;
}

// Values people and attackers send: wrong types, edge numbers, injections, markup, odd
// Unicode (NUL, a lone surrogate, right-to-left override, zero-width, astral), paths, huge.
const nasty: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  -0.0001,
  2 ** 53 + 2,
  1e308,
  -1e308,
  [],
  [1, 'a'],
  {},
  { $gt: '' },
  '',
  ' ',
  "' OR '1'='1",
  "'; DROP TABLE people; --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202eevil',
  '\u200b',
  '😀'.repeat(3),
  '../../etc/passwd',
  '%00',
  '${jndi:ldap://x}',
  '{{7*7}}',
  'NaN',
  '1e309',
  '2026-13-45',
  '0000-00-00',
  '9999-12-31T25:61:61Z',
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
];

/** Breaking values of a schema: the pool's, an overlong string, numbers past its bounds. */
function breaking(schema: Schema): unknown[] {
  const s = resolve(schema);
  const extra: unknown[] = [];
  if (s.maxLength !== undefined)
    extra.push('x'.repeat(s.maxLength + 1), 'é'.repeat(s.maxLength + 1));
  if (s.minLength) extra.push('x'.repeat(s.minLength - 1));
  for (const bound of [s.minimum, s.exclusiveMinimum])
    if (bound !== undefined) extra.push(bound - 1);
  for (const bound of [s.maximum, s.exclusiveMaximum])
    if (bound !== undefined) extra.push(bound + 1);
  if (s.maxItems !== undefined) extra.push(Array.from({ length: s.maxItems + 1 }, () => 'x'));
  const valid = compileSchema(s);
  return [...nasty, ...extra].filter((value) => !valid(value));
}

/** A string that breaks a parameter's schema (parameters are text on the wire). */
function breakingText(schema: Schema): string[] {
  return breaking(schema).flatMap((value) =>
    // a lone surrogate cannot be put into a URL at all
    typeof value === 'string' && value !== '' && !/\p{Cs}/u.test(value) ? [value] : [],
  );
}

const malformedJson = [
  '{"a":',
  '{',
  '[}',
  '{"a":1}}',
  '{a:1}',
  "{'a':1}",
  'nul',
  '\u0000',
  '{"a":1,}',
];
const otherTypes = ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', ''];
// over the server's 64 KB JSON body limit
const huge = JSON.stringify({ x: 'a'.repeat(70 * 1024) });

const jsonHeaders = (headers: Record<string, string>) => ({
  ...headers,
  'content-type': 'application/json',
});

/**
 * Requests that break the operation's contract: each parameter given a breaking value; and
 * for a body, each property in turn, a required one left out, an unknown one added, a body
 * of another type, malformed JSON, a media type the operation does not take, too large.
 */
export function badRequests(
  operation: Operation,
  ids: Record<string, string>,
): fc.Arbitrary<BadRequest> | undefined {
  const good = goodParts(operation, ids);
  const cases: fc.Arbitrary<BadRequest>[] = [];
  for (const parameter of operation.parameters) {
    const values = breakingText(parameter.schema);
    if (!values.length || parameter.in === 'header') continue;
    const where = parameter.in;
    cases.push(
      fc.constantFrom(...values).map((value) => ({
        what: `${where} ${parameter.name}`,
        ...good,
        [where]: { ...good[where], [parameter.name]: value },
        names: parameter.name,
      })),
    );
  }
  const body = operation.body;
  const raw = (what: string, text: string, headers = jsonHeaders(good.headers)) =>
    fc.constant<BadRequest>({ what, ...good, headers, body: text });
  // a body sent where none is taken is read all the same, and must not break the server
  if (body || operation.method !== 'GET') {
    cases.push(fc.constantFrom(...malformedJson).chain((text) => raw('malformed JSON', text)));
  }
  if (body) {
    cases.push(
      fc
        .constantFrom(...otherTypes.filter((type) => !body.types.includes(type)))
        .chain((type) =>
          raw(`a body of type ${type || 'none'}`, '{}', { ...good.headers, 'content-type': type }),
        ),
      raw('a body over the limit', huge),
    );
  }
  const schema = body?.json && resolve(body.json);
  if (schema) {
    const withBody = (what: string, value: unknown, names?: string): BadRequest => ({
      what,
      ...good,
      headers: jsonHeaders(good.headers),
      body: JSON.stringify(value),
      ...(names !== undefined && { names }),
    });
    const wholes = breaking(schema);
    if (wholes.length) {
      cases.push(
        fc.constantFrom(...wholes).map((value) => withBody('a body of another type', value)),
      );
    }
    for (const name of schema.required ?? []) {
      cases.push(fc.constant(withBody(`body without ${name}`, {}, name)));
    }
    if (schema.additionalProperties === false) {
      cases.push(fc.constant(withBody('an unknown field', { fuzzUnknown: 1 }, 'fuzzUnknown')));
    }
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const values = breaking(property);
      if (!values.length) continue;
      cases.push(
        fc
          .constantFrom(...values)
          .map((value) => withBody(`body ${name}`, { [name]: value }, name)),
      );
    }
  }
  return cases.length ? fc.oneof(...cases) : undefined;
}
