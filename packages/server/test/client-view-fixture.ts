import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The contract's changes as requests, so every one is tried through a client view (AUTH-3).

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Json;
}
/** An operation of the contract that changes something, as a request to it needs it. */
export interface Change {
  operationId: string;
  method: string;
  path: string;
  parameters: Parameter[];
  content: Record<string, { schema: Json }>;
}

// The bundled contract, read on its own so a route added to it is tried here unasked.
const contract = JSON.parse(
  readFileSync(new URL('../src/generated/openapi.json', import.meta.url), 'utf8'),
) as Json & { paths: Record<string, Record<string, Json>> };

/** A node of the contract with its local `$ref` followed. */
function resolved<T>(node: unknown): T {
  const ref = (node as { $ref?: string }).$ref;
  if (!ref) return node as T;
  return resolved(
    ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Json)[key], contract),
  );
}

/** Every operation of the contract that changes something for someone signed in (bearer). */
export function contractChanges(): Change[] {
  return Object.entries(contract.paths).flatMap(([path, item]) => {
    const { parameters: shared = [], ...methods } = item as { parameters?: unknown[] };
    return Object.entries(methods as Record<string, Json>)
      .filter(([method]) => !['get', 'head'].includes(method))
      .filter(([, op]) =>
        ((op['security'] ?? contract['security'] ?? []) as Json[]).some((s) => 'bearer' in s),
      )
      .map(([method, op]) => ({
        operationId: String(op['operationId']),
        method: method.toUpperCase(),
        path,
        parameters: [...shared, ...((op['parameters'] ?? []) as unknown[])].map((p) =>
          resolved<Parameter>(p),
        ),
        content: (op['requestBody'] as { content?: Change['content'] } | undefined)?.content ?? {},
      }));
  });
}

/** A value a schema allows: its first enum value or example, else a fresh uuid. */
function sample(schema: Json): unknown {
  const { enum: values, examples, example } = resolved<Json>(schema);
  return (
    (values as unknown[] | undefined)?.[0] ??
    (examples as unknown[] | undefined)?.[0] ??
    example ??
    randomUUID()
  );
}

/**
 * A request the change's route accepts up to its handler: `ids` for the parameters they
 * name, any value their schema allows for the others, and the contract's example body.
 */
export function requestOf(change: Change, ids: Record<string, string>): [string, RequestInit] {
  const value = (p: Parameter) => String(ids[p.name] ?? sample(p.schema));
  const of = (where: Parameter['in']) =>
    change.parameters.filter((p) => p.in === where && (where === 'path' || p.required));
  const path = of('path').reduce((at, p) => at.replace(`{${p.name}}`, value(p)), change.path);
  const query = new URLSearchParams(of('query').map((p) => [p.name, value(p)]));
  const headers: Record<string, string> = Object.fromEntries(
    of('header').map((p) => [p.name, value(p)]),
  );
  const [type, media] = Object.entries(change.content)[0] ?? [];
  if (type && media) headers['content-type'] = type;
  const body =
    type === 'application/json' && media ? JSON.stringify(sample(media.schema)) : type && 'x';
  return [`${path}${query.size ? `?${query}` : ''}`, { method: change.method, headers, body }];
}
