import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passwordChecks, type PasswordPolicy } from '../src/index.js';

const lenient: PasswordPolicy = {
  minLength: 8,
  requireDigit: false,
  requireSymbol: false,
  requireUpper: false,
  requireLower: false,
};

function failing(policy: PasswordPolicy, password: string): string[] {
  return passwordChecks(policy, password)
    .filter((check) => !check.ok)
    .map((check) => check.code);
}

test('ORG-3 minimum length is always checked, counting characters not bytes', () => {
  assert.deepEqual(passwordChecks(lenient, 'abcdefg'), [{ code: 'password_too_short', ok: false }]);
  assert.deepEqual(passwordChecks(lenient, 'abcdefgh'), [{ code: 'password_too_short', ok: true }]);
  // Eight Cyrillic letters are eight characters (sixteen UTF-8 bytes).
  assert.deepEqual(failing(lenient, 'пароль12'), []);
  assert.deepEqual(failing({ ...lenient, minLength: 3 }, '😀😀'), ['password_too_short']);
});

test('ORG-3 a digit is checked only when the policy asks for one', () => {
  const policy = { ...lenient, requireDigit: true };
  assert.deepEqual(failing(policy, 'Nevsky-Apart'), ['password_needs_digit']);
  assert.deepEqual(failing(policy, 'Nevsky-2026'), []);
  assert.equal(passwordChecks(lenient, 'Nevsky-Apart').length, 1);
});

test('ORG-3 a symbol is checked only when the policy asks for one', () => {
  const policy = { ...lenient, requireSymbol: true };
  assert.deepEqual(failing(policy, 'Lesna5Haslo'), ['password_needs_symbol']);
  assert.deepEqual(failing(policy, 'Lesna 5 Haslo'), ['password_needs_symbol']);
  assert.deepEqual(failing(policy, 'Lesna5-Haslo!'), []);
});

test('ORG-3 an upper-case letter is checked only when the policy asks for one, in any script', () => {
  const policy = { ...lenient, requireUpper: true };
  assert.deepEqual(failing(policy, 'zarzad-2026!'), ['password_needs_upper']);
  assert.deepEqual(failing(policy, 'Żarząd-2026!'), []);
  assert.deepEqual(failing(policy, 'Пароль-2026'), []);
});

test('ORG-3 a lower-case letter is checked only when the policy asks for one, in any script', () => {
  const policy = { ...lenient, requireLower: true };
  assert.deepEqual(failing(policy, 'ZARZAD-2026!'), ['password_needs_lower']);
  assert.deepEqual(failing(policy, 'ПАРОЛЬ-2026ё'), []);
});

test('ORG-3 the full Lesna 5 policy lists every rule in the contract order', () => {
  const lesna: PasswordPolicy = {
    minLength: 10,
    requireDigit: true,
    requireSymbol: true,
    requireUpper: true,
    requireLower: true,
  };
  assert.deepEqual(passwordChecks(lesna, 'abc'), [
    { code: 'password_too_short', ok: false },
    { code: 'password_needs_digit', ok: false },
    { code: 'password_needs_symbol', ok: false },
    { code: 'password_needs_upper', ok: false },
    { code: 'password_needs_lower', ok: true },
  ]);
  assert.deepEqual(failing(lesna, 'Lesna5-Haslo!'), []);
});
