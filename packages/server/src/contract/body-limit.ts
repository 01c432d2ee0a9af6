import { resolveRef, spec } from './spec.js';

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  items?: unknown;
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
  oneOf?: unknown[];
  anyOf?: unknown[];
};

// Worst cases a client may legitimately send, so no body the contract allows is refused:
// a character written as two \uXXXX escapes (one outside the BMP, which the validator counts
// as one character); every value of an object or array on a line of its own, indented by
// up to eight spaces a level; a string that only a pattern or a format bounds (an id, a
// LocalDateTime, a decimal) at most 64 characters.
const charBytes = 12;
const indentBytes = 8;
const boundedByShape = 64;
// an integer or number without bounds: room for any that JSON.stringify writes
const numberBytes = 24;

function longest(node: unknown, depth: number): number {
  const schema = resolveRef<Schema>(node);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return Math.max(...alternatives.map((s) => longest(s, depth)));
  if (schema.enum) return Math.max(...schema.enum.map((v) => JSON.stringify(v).length));
  const types = [schema.type ?? []].flat();
  if (!types.length) throw new Error('a value of no type in a request body');
  return Math.max(...types.map((type) => longestOf(type, schema, depth)));
}

function longestOf(type: string, schema: Schema, depth: number): number {
  // a value's own line: the line break and its indentation
  const line = 1 + indentBytes * (depth + 1);
  switch (type) {
    case 'null':
    case 'boolean':
      return 5;
    case 'integer':
    case 'number':
      return schema.minimum !== undefined && schema.maximum !== undefined
        ? Math.max(String(schema.minimum).length, String(schema.maximum).length)
        : numberBytes;
    case 'string': {
      const chars = schema.maxLength ?? (schema.pattern || schema.format ? boundedByShape : null);
      if (chars === null) throw new Error('a string without a bound in a request body');
      return 2 + chars * charBytes;
    }
    case 'array': {
      if (schema.maxItems === undefined) throw new Error('an array without maxItems in a body');
      return 2 + line + schema.maxItems * (line + longest(schema.items, depth + 1) + 1);
    }
    case 'object': {
      if (schema.additionalProperties !== false) throw new Error('an open object in a body');
      const fields = Object.entries(schema.properties ?? {});
      const size = fields.reduce(
        (sum, [name, field]) =>
          sum + line + JSON.stringify(name).length + 2 + longest(field, depth + 1) + 1,
        0,
      );
      return 2 + line + size;
    }
    default:
      throw new Error(`a body of type ${type}`);
  }
}

/**
 * The body limit of an operation taking JSON: the longest body its request schema allows,
 * in any way a client may write it (see above). Thrown at start-up when the schema leaves
 * a string or an array unbounded.
 */
export function jsonBodyLimit(operationId: string): number {
  const operation = Object.values(spec.paths)
    .flatMap((item) => Object.values(item))
    .find((op) => (op as { operationId?: string }).operationId === operationId) as
    { requestBody?: { content: Record<string, { schema: unknown }> } } | undefined;
  const schema = operation?.requestBody?.content['application/json']?.schema;
  if (!schema) throw new Error(`no JSON body for ${operationId} in the contract`);
  return longest(schema, 0);
}
