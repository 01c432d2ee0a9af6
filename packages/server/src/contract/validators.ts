import type { FastifySchemaCompiler } from 'fastify';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { specSchema } from './spec.js';

function ajv(coerceTypes: boolean) {
  // allErrors so a refusal names every offending field at once; unknown fields are refused,
  // never silently dropped; the spec carries OpenAPI keywords Ajv need not know.
  const instance = new Ajv2020({ allErrors: true, coerceTypes, useDefaults: true, strict: false });
  addFormats.default(instance);
  instance.addSchema(specSchema);
  return instance;
}

const forBody = ajv(false);
// Query strings and path segments are text by nature; `limit=5` is the integer 5.
const forParameters = ajv(true);

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? forBody : forParameters).compile(schema as object);
