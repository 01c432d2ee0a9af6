import type { FastifySchema } from 'fastify';
import { rebase, resolveRef, spec } from './spec.js';

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema: unknown;
}
interface Operation {
  operationId: string;
  parameters?: unknown[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, unknown>;
}

// Parameters declared on the path item apply to each of its operations; an operation's own
// parameter of the same name comes later and wins.
const operations = new Map<string, Operation>(
  Object.values(spec.paths).flatMap((item) => {
    const { parameters: shared = [], ...methods } = item as { parameters?: unknown[] };
    return Object.values(methods as Record<string, Operation>).map((op) => [
      op.operationId,
      { ...op, parameters: [...shared, ...(op.parameters ?? [])] },
    ]);
  }),
);

// Node hands over header names in lower case, and with our own validator compiler
// Fastify leaves the header schema as given.
const nameIn = (p: Parameter) => (p.in === 'header' ? p.name.toLowerCase() : p.name);

function parametersIn(op: Operation, where: Parameter['in']) {
  const params = (op.parameters ?? []).map((p) => resolveRef<Parameter>(p));
  const chosen = params.filter((p) => p.in === where);
  if (!chosen.length) return undefined;
  return {
    type: 'object',
    properties: Object.fromEntries(chosen.map((p) => [nameIn(p), rebase(p.schema)])),
    required: chosen.filter((p) => p.required).map(nameIn),
  };
}

const form = 'application/x-www-form-urlencoded';

/**
 * The schema of a body the app parses into an object: JSON, or else a form (its fields
 * strings). A form's schema is keyed by its content type, which Fastify checks only on a body
 * of that type, so a form the contract makes optional may be left out.
 */
function bodyOf(op: Operation) {
  const content = op.requestBody?.content ?? {};
  const json = content['application/json']?.schema;
  if (json !== undefined) return rebase(json);
  const fields = content[form]?.schema;
  return fields === undefined ? undefined : { content: { [form]: { schema: rebase(fields) } } };
}

/**
 * The Fastify schema of one operation, taken from the contract: request body, query, path
 * and header parameters to validate, and the JSON responses to serialise. Nothing restated.
 */
export function routeSchema(operationId: string): FastifySchema {
  const op = operations.get(operationId);
  if (!op) throw new Error(`no operation ${operationId} in the contract`);
  const body = bodyOf(op);
  const response = Object.fromEntries(
    Object.entries(op.responses).flatMap(([status, r]) => {
      const schema = resolveRef<{ content?: Record<string, { schema: unknown }> }>(r).content?.[
        'application/json'
      ]?.schema;
      return schema ? [[status, rebase(schema)]] : [];
    }),
  );
  return {
    ...(body !== undefined && { body: rebase(body) }),
    ...(parametersIn(op, 'query') && { querystring: parametersIn(op, 'query') }),
    ...(parametersIn(op, 'path') && { params: parametersIn(op, 'path') }),
    ...(parametersIn(op, 'header') && { headers: parametersIn(op, 'header') }),
    response,
  };
}
