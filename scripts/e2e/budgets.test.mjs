// Size budgets of what a page loads per widget (bench/budgets.json), on the built package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { measureBundles } from '../lib/bundle-size.mjs';

const budgets = JSON.parse(readFileSync(new URL('../../bench/budgets.json', import.meta.url)));

test('every widget stays within its gzip budget', async () => {
  const figures = await measureBundles();
  // a new entry point fails here until it has a budget of its own
  assert.deepEqual(Object.keys(budgets).sort(), Object.keys(figures).sort());
  for (const [name, budget] of Object.entries(budgets)) {
    assert.ok(name in figures, `${name} is measured`);
    assert.ok(figures[name] <= budget, `${name}: ${figures[name]} B gzip exceeds ${budget} B`);
  }
});
