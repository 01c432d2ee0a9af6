import type { FieldErrorCode, PasswordPolicy } from './types.js';

export type PasswordCheckCode = Extract<FieldErrorCode, `password_${string}`>;

export interface PasswordCheck {
  code: PasswordCheckCode;
  ok: boolean;
}

// Unicode classes, so Cyrillic and Polish letters count as letters of their case.
const optionalRules: [keyof PasswordPolicy, PasswordCheckCode, RegExp][] = [
  ['requireDigit', 'password_needs_digit', /\p{Nd}/u],
  ['requireSymbol', 'password_needs_symbol', /[^\p{L}\p{N}\s]/u],
  ['requireUpper', 'password_needs_upper', /\p{Lu}/u],
  ['requireLower', 'password_needs_lower', /\p{Ll}/u],
];

/**
 * One entry per rule the tenant's policy enables (ORG-3), minimum length always first, in
 * the contract's order. The server refuses with the failing codes; widgets show the list live.
 * Length counts code points, so an emoji or a composed letter is one character.
 */
export function passwordChecks(policy: PasswordPolicy, password: string): PasswordCheck[] {
  const checks: PasswordCheck[] = [
    { code: 'password_too_short', ok: [...password].length >= policy.minLength },
  ];
  for (const [flag, code, pattern] of optionalRules) {
    if (policy[flag]) checks.push({ code, ok: pattern.test(password) });
  }
  return checks;
}
