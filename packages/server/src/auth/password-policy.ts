import { passwordChecks, type PasswordPolicy } from '@atrium/sdk';
import { ApiProblem } from '../errors/problem.js';

/**
 * Refuses a password the tenant's policy does not accept (ORG-3), with one field error
 * on `password` per unmet rule; the same checks the widgets show live.
 */
export function enforcePasswordPolicy(policy: PasswordPolicy, password: string): void {
  const unmet = passwordChecks(policy, password).filter((check) => !check.ok);
  if (!unmet.length) return;
  throw new ApiProblem(400, 'password_policy', {
    errors: unmet.map((check) => ({
      field: 'password',
      code: check.code,
      ...(check.code === 'password_too_short' && { params: { limit: policy.minLength } }),
    })),
  });
}
