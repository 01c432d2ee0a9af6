import type { ErrorObject } from 'ajv';
import type { FieldIssue } from './problem.js';

// JSON pointer → dot path: /items/0/value → items.0.value
const dotted = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
const join = (base: string, name: string) => (base ? `${base}.${name}` : name);

function issue(error: ErrorObject): FieldIssue {
  const at = dotted(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { field: join(at, String(params.missingProperty)), code: 'required' };
    case 'additionalProperties':
      return { field: join(at, String(params.additionalProperty)), code: 'unknown_field' };
    case 'type':
      return { field: at, code: 'invalid_type' };
    case 'format':
    case 'pattern':
      return { field: at, code: 'invalid_format' };
    case 'minLength':
      return { field: at, code: 'too_short', params: { limit: Number(params.limit) } };
    case 'maxLength':
      return { field: at, code: 'too_long', params: { limit: Number(params.limit) } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { field: at, code: 'out_of_range', params: { limit: Number(params.limit) } };
    default:
      return { field: at, code: 'invalid_value' };
  }
}

/**
 * Ajv errors → one field issue per offending field (the first reason wins), named by its
 * path in the body, or by its name for query and path parameters (`limit`).
 */
export function issuesFromAjv(errors: ErrorObject[]): FieldIssue[] {
  const byField = new Map<string, FieldIssue>();
  for (const error of errors) {
    const found = issue(error);
    if (!byField.has(found.field)) byField.set(found.field, found);
  }
  return [...byField.values()];
}
