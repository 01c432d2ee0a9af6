import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Locale, Problem } from '@atrium/sdk';
import { issuesFromAjv } from './ajv-issues.js';
import { negotiateLocale } from './locale.js';
import { details, fieldMessage, fill, titles } from './messages.js';
import { refuseNulCharacters } from './nul-characters.js';
import { ApiProblem, invalidInput } from './problem.js';

/** The request's language: Accept-Language, else the tenant's own, else English. */
export function requestLocale(request: FastifyRequest): Locale {
  return negotiateLocale(request.headers['accept-language'], request.tenant?.defaultLocale ?? 'en');
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ApiProblem) {
  const locale = requestLocale(request);
  const { detail, params, errors, retryAfter } = problem.options;
  const body: Problem = {
    type: `https://atrium.dev/problems/${problem.code}`,
    title: titles[problem.code][locale],
    status: problem.status,
    code: problem.code,
    ...(detail && { detail: fill(details[detail][locale], params) }),
    instance: request.id,
    ...(errors && {
      errors: errors.map((e) => ({
        field: e.field,
        code: e.code,
        message: fieldMessage(e.code, locale, e.params),
        ...(e.params && { params: e.params }),
      })),
    }),
    ...(retryAfter !== undefined && { retryAfter }),
  };
  if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(body);
}

/** Maps whatever was thrown to a problem; only an unexpected error becomes a 5xx. */
function toProblem(error: FastifyError, bodyLimit: number): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error.validation) return invalidInput(issuesFromAjv(error.validation as never));
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiProblem(415, 'unsupported_media_type', { detail: 'jsonOnly' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiProblem(413, 'payload_too_large', {
        detail: 'bodyLimit',
        params: { limit: bodyLimit },
      });
    // PostgreSQL refusing U+0000 in text (22021) or jsonb (22P05): refuseNulCharacters
    // stops it first, this is the backstop for text that did not come in a request's fields
    case '22021':
    case '22P05':
      return new ApiProblem(400, 'validation_failed', { detail: 'nulCharacter' });
  }
  const status = error.statusCode ?? 500;
  if (status === 404) return new ApiProblem(404, 'not_found');
  if (status >= 400 && status < 500) {
    return new ApiProblem(400, 'validation_failed', { detail: 'malformedBody' });
  }
  return new ApiProblem(500, 'internal');
}

/**
 * What the router refuses before any route is found: a path segment longer than any route
 * takes, or a URL that cannot be decoded, is no address of the API (404).
 */
export function routerProblem(error: FastifyError): ApiProblem {
  return ['FST_ERR_MAX_PARAM_LENGTH', 'FST_ERR_BAD_URL'].includes(error.code)
    ? new ApiProblem(404, 'not_found')
    : new ApiProblem(500, 'internal');
}

export const errorHandling = fp(
  async (app: FastifyInstance) => {
    app.addHook('preHandler', refuseNulCharacters);
    app.setErrorHandler((error: FastifyError, request, reply) => {
      // a route may take more than the app's default (createMeeting, uploads)
      const problem = toProblem(error, request.routeOptions.bodyLimit);
      if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
      return sendProblem(request, reply, problem);
    });
    app.setNotFoundHandler((request, reply) =>
      sendProblem(request, reply, new ApiProblem(404, 'not_found')),
    );
  },
  { name: 'errors' },
);
