// Bundle figures beside measureBundles' gzip: every built entry (each widget's registration
// and the script-tag bundle) in brotli 11, and against the sum of its dependencies' own minimal
// sizes: each package it imports (lit, @lit/context, i18next, chart.js, date-fns, ky, zod…)
// bundled alone with only the names the entry imports from it, gzip -9 and brotli 11. Both
// sides are bundled as measureBundles does (rollup, node-resolve, terser): esbuild's output of
// the same entries is some 16 % larger, which would skew a ratio or a brotli beside its gzip.
// The SDK is our own code, its imports the entry's. Code two packages share (lit's reactive
// element inside @lit/context) counts in each, so the sum is a generous floor.
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const esm = fileURLToPath(new URL('../packages/elements/dist/esm/', import.meta.url));
// The script-tag bundle's source imports every registration and the class index, which
// dist/esm holds under the same names.
const scriptTag = {
  name: 'atrium',
  input: `${esm}atrium.js`,
  source: readFileSync(new URL('../packages/elements/src/atrium.ts', import.meta.url), 'utf8'),
};

const sizes = (code) => ({
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

// A bare specifier outside our workspace is a dependency; `lit/decorators.js` is lit's.
const isDependency = (id) => /^[^./\0]/.test(id) && !id.startsWith('@atrium/');
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Bundles `input` (a file, or the module `source` at that path), minified unless `analyse`. */
async function bundled({ input, source }, { analyse = false } = {}) {
  const bundle = await rollup({
    input,
    external: analyse ? isDependency : [],
    plugins: [
      {
        name: 'source',
        resolveId: (id) => (id === input ? id : null),
        load: (id) => (id === input ? source : null),
      },
      nodeResolve({ browser: true }),
      ...(analyse ? [] : [terser({ format: { comments: false } })]),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

// What an import statement of the entry uses: each binding whole, but of a namespace
// (`import * as z from 'zod/mini'`) only the members the entry reads (z.object, …), as
// tree-shaking finds.
function usesOf(code, clause = '') {
  const namespace = /^\*\s+as\s+([\w$]+)$/.exec(clause)?.[1];
  if (namespace) {
    const member = new RegExp(`(?<![\\w$.])${namespace.replaceAll('$', '\\$')}\\.([\\w$]+)`, 'g');
    return [...new Set([...code.matchAll(member)].map((found) => found[0]))];
  }
  return clause
    .replace(/[{}]/g, '')
    .split(',')
    .map((binding) =>
      binding
        .trim()
        .split(/\s+as\s+/)
        .pop(),
    )
    .filter(Boolean);
}

/** Per package the entry imports, a module using only what the entry uses of it. */
function dependencyModules(code) {
  const byPackage = new Map();
  const statements = /^import\s*(?:(.+?)\s*from\s*)?'([^']+)';$/gm;
  for (const [statement, clause, specifier] of code.matchAll(statements)) {
    const found = byPackage.get(packageOf(specifier)) ?? { statements: [], uses: [] };
    found.statements.push(statement);
    found.uses.push(...usesOf(code, clause));
    byPackage.set(packageOf(specifier), found);
  }
  return [...byPackage.values()].map(
    ({ statements, uses }) => `${statements.join('\n')}\nexport default [${uses}];`,
  );
}

// Entries import the same things from a package (every widget ky's default export…). The
// module stands beside the entries, so its imports resolve to the packages theirs do.
const aloneSizes = new Map();
async function sizesAlone(source) {
  if (!aloneSizes.has(source)) {
    aloneSizes.set(source, sizes(await bundled({ input: `${esm}dependency.js`, source })));
  }
  return aloneSizes.get(source);
}

async function measureEntry(entry) {
  const own = sizes(await bundled(entry));
  const deps = { gzip: 0, brotli: 0 };
  for (const source of dependencyModules(await bundled(entry, { analyse: true }))) {
    const alone = await sizesAlone(source);
    deps.gzip += alone.gzip;
    deps.brotli += alone.brotli;
  }
  return {
    [`bundle.${entry.name}.brotli`]: own.brotli,
    [`bundle.${entry.name}.deps_gzip`]: deps.gzip,
    [`bundle.${entry.name}.deps_brotli`]: deps.brotli,
    [`bundle.${entry.name}.over_deps_ratio`]: Math.round((own.gzip / deps.gzip) * 100) / 100,
  };
}

export async function measureBundleDeps() {
  const defines = readdirSync(`${esm}define`)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => ({ name: basename(file, '.js'), input: `${esm}define/${file}` }));
  const figures = {};
  for (const entry of [...defines, scriptTag]) Object.assign(figures, await measureEntry(entry));
  return figures;
}
