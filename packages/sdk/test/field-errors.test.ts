import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import { fieldErrorsFromIssues, validators } from '../src/index.js';

function fieldErrors(input: unknown) {
  const result = validators.SignInRequest.safeParse(input);
  assert.equal(result.success, false);
  return fieldErrorsFromIssues(result.error?.issues ?? [], input).map(
    ({ message: _, ...rest }) => rest,
  );
}

test('AUTH-2 a missing e-mail is required', () => {
  assert.deepEqual(fieldErrors({ password: 'secret' }), [{ field: 'email', code: 'required' }]);
});

test('AUTH-2 a missing field reads as required also from issues parsed with reportInput', () => {
  const result = validators.SignInRequest.safeParse(
    { email: 'anna@lesna5.example' },
    { reportInput: true },
  );
  assert.deepEqual(
    fieldErrorsFromIssues(result.error?.issues ?? []).map((e) => [e.field, e.code]),
    [['password', 'required']],
  );
});

test('AUTH-2 a value of the wrong type is invalid_type, not required', () => {
  assert.deepEqual(fieldErrors({ email: 42, password: 'secret' }), [
    { field: 'email', code: 'invalid_type' },
  ]);
});

test('AUTH-2 a malformed e-mail is invalid_format', () => {
  assert.deepEqual(fieldErrors({ email: 'anna-at-lesna5', password: 'secret' }), [
    { field: 'email', code: 'invalid_format', params: { format: 'email' } },
  ]);
});

test('AUTH-2 an extra field is unknown_field, one entry per key', () => {
  assert.deepEqual(
    fieldErrors({ email: 'anna@lesna5.example', password: 'secret', remember: true, x: 1 }),
    [
      { field: 'remember', code: 'unknown_field' },
      { field: 'x', code: 'unknown_field' },
    ],
  );
});

test('AUTH-2 a password over 256 characters is too_long with the limit, an empty one too_short', () => {
  assert.deepEqual(fieldErrors({ email: 'anna@lesna5.example', password: 'x'.repeat(257) }), [
    { field: 'password', code: 'too_long', params: { limit: 256 } },
  ]);
  assert.deepEqual(fieldErrors({ email: 'anna@lesna5.example', password: '' }), [
    { field: 'password', code: 'too_short', params: { limit: 1 } },
  ]);
});

test('a wrong enum value is invalid_value and nested paths are dotted', () => {
  const wrong = { email: 'a@b.example', locale: 'de' };
  const result = validators.PasswordResetRequest.safeParse(wrong);
  assert.deepEqual(
    fieldErrorsFromIssues(result.error?.issues ?? [], wrong).map((e) => [e.field, e.code]),
    [['locale', 'invalid_value']],
  );
  const nested = z.object({ items: z.array(z.object({ value: z.number().check(z.maximum(9)) })) });
  const input = { items: [{ value: 1 }, { value: 12 }] };
  const [error, ...rest] = fieldErrorsFromIssues(
    nested.safeParse(input).error?.issues ?? [],
    input,
  );
  assert.deepEqual(rest, []);
  assert.deepEqual(
    [error?.field, error?.code, error?.params],
    ['items.1.value', 'out_of_range', { max: 9 }],
  );
});

test('TKT-1 a choice left empty is required, as the server says it', () => {
  const unchosen = {
    unitId: '9b2e4c1a-0f3d-4a6b-8c7e-5d1f2a3b4c5d',
    place: 'unit',
    description: 'Water drips from the ceiling.',
  };
  const result = validators.TicketInput.safeParse(unchosen);
  assert.deepEqual(
    fieldErrorsFromIssues(result.error?.issues ?? [], unchosen).map((e) => [e.field, e.code]),
    [['category', 'required']],
  );
});
