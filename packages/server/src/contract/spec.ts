import { readFileSync } from 'node:fs';

// The bundled contract; tsc copies it to dist/generated/ beside this module's build.
const specUrl = new URL('../generated/openapi.json', import.meta.url);

type Json = Record<string, unknown>;
export interface OpenApiDocument {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, Json>>;
  components: Record<string, Record<string, Json>>;
}

/** The text of the bundled spec, served as is at /openapi.json. */
export const specText = readFileSync(specUrl, 'utf8');
export const spec = JSON.parse(specText) as OpenApiDocument;

/** The id under which the spec's components are known to Ajv and fast-json-stringify. */
export const specId = 'atrium.json';
export const specSchema = { $id: specId, components: spec.components };

/** Follows a local `#/...` reference inside the spec. */
export function resolveRef<T = Json>(node: unknown): T {
  const ref = (node as { $ref?: string }).$ref;
  if (!ref) return node as T;
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (at as Json)[key], spec);
  return resolveRef<T>(target);
}

/** Copies a schema with its local references pointed at the registered spec. */
export function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/')
        ? specId + value
        : rebase(value),
    ]),
  );
}

/** A named schema of the contract (components.schemas), to read a bound or pattern from. */
export function schemaOf<T>(name: string): T {
  const schema = spec.components.schemas?.[name];
  if (!schema) throw new Error(`no schema ${name} in the contract`);
  return schema as T;
}
