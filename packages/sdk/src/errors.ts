import { isHTTPError, isTimeoutError } from 'ky';
import { retryAfterSeconds } from './retry-after.js';
import type { ErrorCode, FieldError, Problem } from './types.js';

/** A contract error code, or what went wrong when no answer came back. */
export type AtriumErrorCode = ErrorCode | 'network_error' | 'timeout' | 'aborted';

export interface AtriumErrorInit {
  code: AtriumErrorCode;
  status: number;
  title: string;
  detail?: string;
  fieldErrors?: FieldError[];
  retryAfter?: number;
  problem?: Problem;
  cause?: unknown;
}

/**
 * The one error every SDK call rejects with. Branch on `code` (stable, from the contract's
 * ErrorCode, or `network_error` / `timeout` / `aborted` when no answer came); `title` and
 * `detail` are for logs, widgets translate by `code`.
 */
export class AtriumError extends Error {
  override readonly name = 'AtriumError';
  readonly code: AtriumErrorCode;
  /** The HTTP status, or 0 when there was no response. */
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  /** One entry per refused field (`validation_failed`, `password_policy`). */
  readonly fieldErrors: FieldError[];
  /** Seconds to wait before trying again, from the problem or the `Retry-After` header. */
  readonly retryAfter?: number;
  /** The problem+json body as the server sent it. */
  readonly problem?: Problem;

  constructor(init: AtriumErrorInit) {
    super(init.detail ?? init.title, { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter;
    this.problem = init.problem;
  }
}

// A body that is not problem+json (a proxy's HTML page, say) still gets a stable code.
const codeByStatus: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'too_many_attempts',
};

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).code === 'string' &&
    typeof (body as Problem).title === 'string'
  );
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  if (!/[/+]json\b/.test(response.headers.get('content-type') ?? '')) return undefined;
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

/** Builds the AtriumError an HTTP error response stands for. */
export async function errorFromResponse(response: Response): Promise<AtriumError> {
  const problem = await readProblem(response);
  return new AtriumError({
    code: problem?.code ?? codeByStatus[response.status] ?? 'internal',
    status: response.status,
    title: problem?.title ?? (response.statusText || `HTTP ${response.status}`),
    detail: problem?.detail,
    fieldErrors: problem?.errors,
    retryAfter: problem?.retryAfter ?? retryAfterSeconds(response.headers),
    problem,
  });
}

/** The error for a call its caller aborted. */
export function abortedError(cause?: unknown): AtriumError {
  return new AtriumError({ code: 'aborted', status: 0, title: 'The request was aborted', cause });
}

/** Turns whatever a request threw (ky errors, fetch errors, aborts) into an AtriumError. */
export async function toAtriumError(error: unknown, signal?: AbortSignal): Promise<AtriumError> {
  if (error instanceof AtriumError) return error;
  // Checked before the abort: ky aborts the attempt's own controller when it times out.
  if (isTimeoutError(error)) {
    return new AtriumError({
      code: 'timeout',
      status: 0,
      title: 'The server did not answer in time',
      cause: error,
    });
  }
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) {
    return abortedError(error);
  }
  if (isHTTPError(error)) return errorFromResponse(error.response);
  return new AtriumError({
    code: 'network_error',
    status: 0,
    title: 'The server could not be reached',
    cause: error,
  });
}
