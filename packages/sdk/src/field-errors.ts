import type { core } from 'zod/mini';
import type { FieldError, FieldErrorCode } from './types.js';

type Issue = core.$ZodIssue;
type Params = NonNullable<FieldError['params']>;

const sized = new Set(['string', 'array', 'set', 'file']);

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function codeAndParams(issue: Issue, input: unknown): [FieldErrorCode, Params?] {
  const missing = ('input' in issue ? issue.input : valueAt(input, issue.path)) === undefined;
  switch (issue.code) {
    case 'invalid_type':
      return [missing ? 'required' : 'invalid_type'];
    case 'invalid_value': // a choice (an enum) left empty is missing, not wrong
      return [missing ? 'required' : 'invalid_value'];
    case 'too_small':
      return sized.has(issue.origin)
        ? ['too_short', { limit: Number(issue.minimum) }]
        : ['out_of_range', { min: Number(issue.minimum) }];
    case 'too_big':
      return sized.has(issue.origin)
        ? ['too_long', { limit: Number(issue.maximum) }]
        : ['out_of_range', { max: Number(issue.maximum) }];
    case 'not_multiple_of':
      return ['out_of_range', { multipleOf: issue.divisor }];
    case 'invalid_format':
      return ['invalid_format', { format: issue.format }];
    default:
      return ['invalid_value'];
  }
}

/**
 * Maps zod (or zod/mini) issues, e.g. from `validators.SignInRequest.safeParse(form)`, to the
 * contract's field errors, so a form shows the same codes the server would send. Pass the
 * parsed input too (or parse with `{ reportInput: true }`): without it a value of the wrong
 * type cannot be told from a missing one, and both read as `required`.
 */
export function fieldErrorsFromIssues(issues: readonly Issue[], input?: unknown): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [...issue.path, key].map(String).join('.'),
        code: 'unknown_field',
        message: issue.message,
      }));
    }
    const [code, params] = codeAndParams(issue, input);
    const error: FieldError = {
      field: issue.path.map(String).join('.'),
      code,
      message: issue.message,
    };
    return [params ? { ...error, params } : error];
  });
}
