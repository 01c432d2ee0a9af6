#!/usr/bin/env node
// `npm run bench`: measures sizes and speeds, prints a table and writes the same figures
// as one flat JSON object to bench/results.json. Needs `npm run build` first.
// Timings on a shared 2-core machine are noisy: compare figures of one run as ratios.
// `-- --only reads,logins` runs only those jobs and updates only their figures in the file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measureBundles } from '../scripts/lib/bundle-size.mjs';
import { measureBundleDeps } from './bundle-deps.mjs';
import { measureImports } from './imports.mjs';
import { measureLogins } from './logins.mjs';
import { measureReads } from './reads.mjs';
import { measureServer } from './server.mjs';
import { measureSoak } from './soak.mjs';
import { measureStats } from './stats.mjs';
import { measureVoting } from './voting.mjs';

const jobs = {
  bundles: measureBundles,
  'bundle-deps': measureBundleDeps,
  server: measureServer,
  reads: measureReads,
  logins: measureLogins,
  stats: measureStats,
  voting: measureVoting,
  imports: measureImports,
  soak: measureSoak,
};

const { only } = parseArgs({ options: { only: { type: 'string' } } }).values;
const chosen = only?.split(',') ?? Object.keys(jobs);
const unknown = chosen.filter((name) => !(name in jobs));
if (unknown.length) throw new Error(`no bench ${unknown}; there are ${Object.keys(jobs)}`);

const figures = {};
for (const name of chosen) Object.assign(figures, await jobs[name]());

console.table(Object.entries(figures).map(([name, value]) => ({ name, value })));
const results = new URL('results.json', import.meta.url);
const kept = only && existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : {};
writeFileSync(results, JSON.stringify({ ...kept, ...figures }, null, 2) + '\n');
