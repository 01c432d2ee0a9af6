// The contract's own checks: every request-body example passes the generated validator,
// and the constraints the spec states are the ones the validators enforce.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { requestBodies } from '../../packages/sdk/src/generated/validators.ts';

const spec = JSON.parse(
  readFileSync(
    new URL('../../packages/server/src/generated/openapi.json', import.meta.url),
    'utf8',
  ),
);

for (const [name, validator] of Object.entries(requestBodies)) {
  test(`${name}: every example in the spec is valid`, () => {
    const examples = spec.components.schemas[name].examples ?? [];
    assert.ok(examples.length > 0, `${name} has no example`);
    for (const example of examples) assert.equal(validator.safeParse(example).success, true);
  });
  test(`${name}: unknown fields and missing required fields are refused`, () => {
    const [example] = spec.components.schemas[name].examples;
    assert.equal(validator.safeParse({ ...example, unexpected: 1 }).success, false);
    for (const field of spec.components.schemas[name].required ?? []) {
      const { [field]: _dropped, ...rest } = example;
      const result = validator.safeParse(rest);
      assert.equal(result.success, false);
      assert.deepEqual(result.error.issues[0].path, [field]);
    }
  });
}

test('SignInRequest: a malformed e-mail is refused on the email field', () => {
  const result = requestBodies.SignInRequest.safeParse({ email: 'not-an-email', password: 'x' });
  assert.equal(result.success, false);
  assert.deepEqual(result.error.issues[0].path, ['email']);
});
