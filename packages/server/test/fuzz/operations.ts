import { readFileSync } from 'node:fs';

/** A JSON Schema as the contract writes one (refs resolved on the way down). */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  examples?: unknown[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

/** One operation of the contract, as the sweeps call it. */
export interface Operation {
  id: string;
  method: string;
  /** The path under /t/{tenant}, or from the root for the few outside a tenant. */
  path: string;
  parameters: Parameter[];
  /** The media types its request body may have, and the JSON one's schema. */
  body?: { types: string[]; json?: Schema };
  secured: boolean;
}

interface Spec {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  security?: unknown[];
}

/** The bundled contract, read on its own as test/contract.ts reads it. */
export const spec = JSON.parse(
  readFileSync(new URL('../../src/generated/openapi.json', import.meta.url), 'utf8'),
) as Spec & Record<string, unknown>;

/** Follows a local `$ref` (`#/components/…`) to what it names. */
export function resolve<T>(node: T): T {
  let current = node as { $ref?: string };
  while (current && typeof current.$ref === 'string') {
    let target: unknown = spec;
    for (const part of current.$ref.slice(2).split('/')) {
      target = (target as Record<string, unknown>)[part];
    }
    current = target as { $ref?: string };
  }
  return current as T;
}

const methods = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation the contract has, in its order. */
export function operations(): Operation[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const op = item[method] as
        | {
            operationId: string;
            parameters?: unknown[];
            requestBody?: unknown;
            security?: unknown[];
          }
        | undefined;
      if (!op) return [];
      const shared = (item.parameters as unknown[] | undefined) ?? [];
      const parameters = [...shared, ...(op.parameters ?? [])].map((p) => {
        const found = resolve(p as Parameter);
        return { ...found, required: Boolean(found.required), schema: resolve(found.schema) };
      });
      const body = op.requestBody
        ? resolve(op.requestBody as { content: Record<string, { schema?: Schema }> })
        : undefined;
      return [
        {
          id: op.operationId,
          method: method.toUpperCase(),
          path,
          parameters,
          ...(body && {
            body: {
              types: Object.keys(body.content),
              json: body.content['application/json']?.schema,
            },
          }),
          secured: (op.security ?? spec.security ?? []).length > 0,
        },
      ];
    }),
  );
}

/** A value the schema takes, for the parts of a request a case leaves good. */
function goodValue(schema: Schema): unknown {
  const s = resolve(schema);
  if (s.examples?.length) return s.examples[0];
  if (s.enum?.length) return s.enum[0];
  if (s.format === 'uuid') return crypto.randomUUID();
  return 'a'.repeat(Math.max(1, s.minLength ?? 1));
}

/** The good parts of a request: the tenant's own ids, other parameters from their examples. */
export function goodParts(operation: Operation, ids: Record<string, string>) {
  const part = (where: string) =>
    Object.fromEntries(
      operation.parameters
        .filter((p) => p.in === where && (p.required || where === 'path'))
        .map((p) => [p.name, ids[p.name] ?? String(goodValue(p.schema))]),
    );
  return { path: part('path'), query: part('query'), headers: part('header') };
}

/** The operation's address under a tenant, its path parameters and query filled in. */
export function addressOf(
  operation: Operation,
  slug: string,
  parts: { path: Record<string, string>; query: Record<string, string> },
): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(parts.path[name] ?? ''),
  );
  const query = new URLSearchParams(parts.query).toString();
  return `/t/${slug}${path}${query && `?${query}`}`;
}

/**
 * A body the operation takes, as its contract's example shows it (JSON), or a few bytes of
 * its first media type: what an honest caller would send, so only access decides the answer.
 */
export function exampleBody(operation: Operation): { type: string; body: string } | undefined {
  const body = operation.body;
  if (!body) return undefined;
  if (body.json) return { type: 'application/json', body: JSON.stringify(goodValue(body.json)) };
  const type = body.types[0] ?? 'application/octet-stream';
  return { type, body: type === 'application/pdf' ? '%PDF-1.4\n%%EOF\n' : 'a,b\n1,2\n' };
}
