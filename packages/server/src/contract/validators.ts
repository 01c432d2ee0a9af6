import type { FastifySchemaCompiler } from 'fastify';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { DataValidationCxt } from 'ajv/dist/types/index.js';
import addFormats from 'ajv-formats';
import { strictFormats } from './formats.js';
import { specSchema } from './spec.js';

// The app compares ids as text (a Set of meter ids, a list of unit ids); PostgreSQL writes
// them in lower case, so every uuid a request sends is put in lower case before use.
const lowerCaseId = 'x-atrium-lower-case';

/** A copy of a schema with lowerCaseId beside every `format: uuid`. */
function withLowerCaseIds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withLowerCaseIds);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, withLowerCaseIds(value)]),
  );
  return copy.format === 'uuid' ? { ...copy, [lowerCaseId]: true } : copy;
}

function lowerCase(_: unknown, id: string, __: unknown, at?: DataValidationCxt) {
  if (at?.parentData && at.parentDataProperty !== undefined) {
    (at.parentData as Record<string | number, unknown>)[at.parentDataProperty] = id.toLowerCase();
  }
  return true;
}

function ajv(coerceTypes: boolean) {
  // allErrors so a refusal names every offending field at once; unknown fields are refused,
  // never silently dropped; the spec carries OpenAPI keywords Ajv need not know.
  const instance = new Ajv2020({ allErrors: true, coerceTypes, useDefaults: true, strict: false });
  addFormats.default(instance);
  for (const [name, format] of Object.entries(strictFormats)) instance.addFormat(name, format);
  instance.addKeyword({
    keyword: lowerCaseId,
    type: 'string',
    schemaType: 'boolean',
    modifying: true,
    errors: false,
    validate: lowerCase,
  });
  instance.addSchema(withLowerCaseIds(specSchema) as object);
  return instance;
}

const forBody = ajv(false);
// Query strings and path segments are text by nature; `limit=5` is the integer 5.
const forParameters = ajv(true);

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? forBody : forParameters).compile(withLowerCaseIds(schema) as object);
