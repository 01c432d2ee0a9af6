import type { ErrorCode, FieldErrorCode } from '@atrium/sdk';
import type { DetailKey, Params } from './messages.js';

/** A field error before its message is put into the request's language. */
export interface FieldIssue {
  field: string;
  code: FieldErrorCode;
  params?: Params;
}

interface ProblemOptions {
  detail?: DetailKey;
  params?: Params;
  errors?: FieldIssue[];
  retryAfter?: number;
}

/**
 * Thrown by routes and hooks; the central error handler turns it into
 * application/problem+json in the request's language (src/errors/handler.ts).
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly options: ProblemOptions = {},
  ) {
    super(code);
  }
}

export const notFound = () => new ApiProblem(404, 'not_found');
export const forbidden = () => new ApiProblem(403, 'forbidden');
export const unauthenticated = (detail?: DetailKey) =>
  new ApiProblem(401, 'unauthenticated', { detail });
/** A refusal that names its fields: 400 validation_failed, or a domain's own (422 reading_rejected). */
export const fieldProblem = (status: number, code: ErrorCode, errors: FieldIssue[]) =>
  new ApiProblem(status, code, {
    detail: 'checkFields',
    params: { fields: [...new Set(errors.map((e) => e.field))].join(', ') },
    errors,
  });
export const invalidInput = (errors: FieldIssue[]) =>
  fieldProblem(400, 'validation_failed', errors);
