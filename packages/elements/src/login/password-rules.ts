import { passwordChecks, type PasswordPolicy } from '@atrium/sdk';
import type { FieldProblem } from '../core/error-text.js';

/** One line of the new-password checklist; `count` words the length rule. */
export interface PasswordRule {
  code: string;
  ok: boolean;
  count?: number | undefined;
}

/**
 * The tenant's password rules for the typed password (ORG-3). A rule the server refused
 * stays unmet until the password changes; without a known policy the server's list is all.
 */
export function passwordRules(
  policy: PasswordPolicy | null,
  password: string,
  problems: readonly FieldProblem[],
): PasswordRule[] {
  const refused = problems.filter((p) => p.field === 'password' && p.code.startsWith('password_'));
  const rules: PasswordRule[] = (policy ? passwordChecks(policy, password) : []).map((check) => ({
    code: check.code,
    ok: check.ok && !refused.some((p) => p.code === check.code),
    count: check.code === 'password_too_short' ? policy?.minLength : undefined,
  }));
  for (const problem of refused) {
    if (rules.some((rule) => rule.code === problem.code)) continue;
    const limit = problem.params?.['limit'];
    rules.push({ code: problem.code, ok: false, count: typeof limit === 'number' ? limit : 0 });
  }
  return rules;
}

/** The rules whose state differs between two checks of the checklist. */
export function flippedRules(before: PasswordRule[], after: PasswordRule[]): PasswordRule[] {
  return after.filter((rule) => before.find((b) => b.code === rule.code)?.ok !== rule.ok);
}
