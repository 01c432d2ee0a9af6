import { ApiProblem } from '../../errors/problem.js';
import { ProviderUnavailable } from './types.js';

/** Seconds a client is told to wait before trying again when a provider failed. */
const retryAfter = 5;

/** 503 provider_unavailable: nothing was paid, try again after Retry-After. */
export const providerUnavailable = () =>
  new ApiProblem(503, 'provider_unavailable', {
    detail: 'retryLater',
    params: { seconds: retryAfter },
    retryAfter,
  });

/** The call's result; a provider that failed becomes the 503 a client may retry. */
export async function fromProvider<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ProviderUnavailable) throw providerUnavailable();
    throw error;
  }
}
