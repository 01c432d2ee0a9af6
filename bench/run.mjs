#!/usr/bin/env node
// `npm run bench`: measures sizes and speeds, prints a table and writes the same figures
// as one flat JSON object to bench/results.json. Needs `npm run build` first.
// Timings on a shared 2-core machine are noisy: compare figures of one run as ratios.
import { writeFileSync } from 'node:fs';
import { measureBundles } from '../scripts/lib/bundle-size.mjs';
import { measureImports } from './imports.mjs';
import { measureServer } from './server.mjs';
import { measureStats } from './stats.mjs';
import { measureVoting } from './voting.mjs';

const figures = {
  ...(await measureBundles()),
  ...(await measureServer()),
  ...(await measureStats()),
  ...(await measureVoting()),
  ...(await measureImports()),
};

console.table(Object.entries(figures).map(([name, value]) => ({ name, value })));
writeFileSync(new URL('results.json', import.meta.url), JSON.stringify(figures, null, 2) + '\n');
