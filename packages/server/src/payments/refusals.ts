import { ApiProblem, fieldProblem, type FieldIssue } from '../errors/problem.js';

/** 422 payment_rejected naming the field that breaks a rule (FIN-2, FIN-6). */
export const rejected = (field: string, code: FieldIssue['code'], params?: FieldIssue['params']) =>
  fieldProblem(422, 'payment_rejected', [{ field, code, ...(params && { params }) }]);

/** The key already made another payment: a new request needs a new key. */
export const keyReused = () =>
  new ApiProblem(422, 'idempotency_key_reused', { detail: 'keyReused' });
