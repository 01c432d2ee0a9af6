import type { ValidateFunction } from 'ajv';
import type { FieldErrorCode } from '@atrium/sdk';
import { rebase } from '../../contract/spec.js';
import { validatorCompiler } from '../../contract/validators.js';
import { issuesFromAjv } from '../../errors/ajv-issues.js';
import type { Params } from '../../errors/messages.js';

/** A cell the contract's schema refused, named by its column. */
export interface SchemaIssue<K> {
  column: K;
  code: FieldErrorCode;
  params?: Params;
}

/**
 * A check of a row's entries against the contract's own input schemas, never a restatement:
 * `parts` names the schema (a `#/components/schemas/...` pointer) each entry of the row must
 * match, `columns` the column each field of an entry came from (`unit.area` → `unit_area`).
 * The server's body validator is used, so a cell is judged exactly as a request's field is.
 */
export function rowSchema<K extends string>(
  parts: Record<string, string>,
  columns: Record<string, K>,
): (entries: Record<string, unknown>) => SchemaIssue<K>[] {
  const schema = {
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(parts).map(([name, pointer]) => [name, rebase({ $ref: pointer })]),
    ),
  };
  const validate = validatorCompiler({
    schema,
    httpPart: 'body',
    method: 'POST',
    url: '/imports',
  }) as ValidateFunction;
  // the longest field path a column is known by: link.roles.0 is roles' first role
  const columnOf = (field: string): K => {
    for (let path = field; path; path = path.slice(0, Math.max(path.lastIndexOf('.'), 0))) {
      const column = columns[path];
      if (column) return column;
    }
    throw new Error(`no import column for ${field}`);
  };
  return (entries) =>
    validate(entries)
      ? []
      : issuesFromAjv(validate.errors ?? []).map((issue) => ({
          column: columnOf(issue.field),
          code: issue.code,
          ...(issue.params && { params: issue.params }),
        }));
}
