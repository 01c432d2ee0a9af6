// Turns the spec's request-body schemas into zod/mini validators, so browser forms check
// exactly what the server checks without anyone restating a constraint by hand.
// Covers the JSON Schema the contract uses; an unknown keyword stops generation.

const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'enum',
  'oneOf',
  '$ref',
  'description',
  'examples',
  'writeOnly',
  'readOnly',
  'title',
  'default',
]);

const refName = (ref) => ref.replace('#/components/schemas/', '');

function checks(schema) {
  const list = [];
  if (schema.minLength !== undefined) list.push(`z.minLength(${schema.minLength})`);
  if (schema.maxLength !== undefined) list.push(`z.maxLength(${schema.maxLength})`);
  if (schema.pattern !== undefined)
    list.push(`z.regex(new RegExp(${JSON.stringify(schema.pattern)}))`);
  if (schema.minimum !== undefined) list.push(`z.gte(${schema.minimum})`);
  if (schema.maximum !== undefined) list.push(`z.lte(${schema.maximum})`);
  if (schema.minItems !== undefined) list.push(`z.minLength(${schema.minItems})`);
  if (schema.maxItems !== undefined) list.push(`z.maxLength(${schema.maxItems})`);
  // the contract's unique arrays hold primitives (ids), so a Set compares them
  if (schema.uniqueItems) list.push('z.refine((items) => new Set(items).size === items.length)');
  return list.length ? `.check(${list.join(', ')})` : '';
}

const STRING_FORMATS = {
  email: 'z.email()',
  uuid: 'z.uuid()',
  uri: 'z.url()',
  'date-time': 'z.iso.datetime({ offset: true })',
  date: 'z.iso.date()',
};

function expression(schema, refs) {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`zod-from-spec: unsupported keyword "${key}"`);
  }
  if (schema.$ref) {
    refs.add(refName(schema.$ref));
    return refName(schema.$ref);
  }
  if (schema.oneOf) {
    const nonNull = schema.oneOf.filter((s) => s.type !== 'null');
    const inner =
      nonNull.length === 1
        ? expression(nonNull[0], refs)
        : `z.union([${nonNull.map((s) => expression(s, refs)).join(', ')}])`;
    return nonNull.length < schema.oneOf.length ? `z.nullable(${inner})` : inner;
  }
  if (Array.isArray(schema.type)) {
    const nonNull = schema.type.filter((t) => t !== 'null');
    const inner =
      nonNull.length === 1
        ? expression({ ...schema, type: nonNull[0] }, refs)
        : `z.union([${nonNull.map((t) => expression({ type: t }, refs)).join(', ')}])`;
    return nonNull.length < schema.type.length ? `z.nullable(${inner})` : inner;
  }
  if (schema.enum) return `z.enum(${JSON.stringify(schema.enum)})`;
  switch (schema.type) {
    case 'string':
      return (STRING_FORMATS[schema.format] ?? 'z.string()') + checks(schema);
    case 'integer':
      return 'z.int()' + checks(schema);
    case 'number':
      return 'z.number()' + checks(schema);
    case 'boolean':
      return 'z.boolean()';
    case 'array':
      return `z.array(${expression(schema.items, refs)})${checks(schema)}`;
    case 'object': {
      const required = new Set(schema.required ?? []);
      const fields = Object.entries(schema.properties ?? {}).map(([name, property]) => {
        const value = expression(property, refs);
        return `  ${JSON.stringify(name)}: ${required.has(name) ? value : `z.optional(${value})`},`;
      });
      const make = schema.additionalProperties === false ? 'z.strictObject' : 'z.object';
      return `${make}({\n${fields.join('\n')}\n})`;
    }
    default:
      throw new Error(`zod-from-spec: unsupported schema ${JSON.stringify(schema)}`);
  }
}

/** The names of the component schemas used as JSON request bodies. */
function requestBodyNames(spec) {
  const names = new Set();
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      const ref = operation?.requestBody?.content?.['application/json']?.schema?.$ref;
      if (ref) names.add(refName(ref));
    }
  }
  return names;
}

export function zodModule(spec) {
  const schemas = spec.components.schemas;
  const emitted = new Map(); // insertion order puts every dependency before its user
  const visiting = new Set();
  const visit = (name) => {
    if (emitted.has(name)) return;
    // zod/mini needs getters for recursion; no request body is recursive yet, so say so.
    if (visiting.has(name)) throw new Error(`zod-from-spec: recursive schema "${name}"`);
    visiting.add(name);
    const refs = new Set();
    const body = expression(schemas[name], refs);
    refs.forEach(visit);
    emitted.set(name, body);
  };
  const roots = [...requestBodyNames(spec)].sort();
  roots.forEach(visit);

  const lines = ["import * as z from 'zod/mini';", ''];
  for (const [name, body] of emitted) {
    const doc = schemas[name].description
      ? `/** ${schemas[name].description.trim().split('\n')[0]} */\n`
      : '';
    // Marked pure so bundlers drop every validator a page does not use: a widget
    // ships only its own forms' rules, however large the contract grows.
    lines.push(`${doc}export const ${name} = /* @__PURE__ */ (() => ${body})();`, '');
  }
  lines.push(
    '/** Validators for every JSON request body in the contract, by schema name. */',
    `export const requestBodies = { ${roots.join(', ')} } as const;`,
    '',
  );
  return lines.join('\n');
}
