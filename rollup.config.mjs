// Builds @atrium/elements twice (run from packages/elements by its build script):
//  - dist/esm: one entry per widget registration plus the class index, shared code in chunks,
//    dependencies left as imports so an app's bundler dedupes lit, i18next and the SDK;
//  - dist/atrium.js: everything in one minified file for a plain <script type="module">.
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const elements = fileURLToPath(new URL('packages/elements/', import.meta.url));
const src = `${elements}src/`;
const tsconfig = `${elements}tsconfig.json`;

const defines = Object.fromEntries(
  readdirSync(`${src}define`)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, `${src}define/${file}`]),
);

// A bare specifier is a dependency; relative and absolute paths are our own source.
const isDependency = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

// Third-party noise (zod's comment placement, its internal import cycle) is not ours to fix.
const onwarn = (warning, warn) => {
  const ids = [warning.id, ...(warning.ids ?? [])].filter(Boolean);
  if (ids.length && ids.every((id) => id.includes('/node_modules/'))) return;
  warn(warning);
};

const typescript = () => esbuild({ tsconfig, target: 'es2022', sourceMap: true });

export default [
  {
    input: { index: `${src}index.ts`, ...defines },
    external: isDependency,
    plugins: [typescript()],
    output: {
      dir: `${elements}dist/esm`,
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'shared/[name]-[hash].js',
    },
  },
  {
    input: `${src}atrium.ts`,
    onwarn,
    plugins: [
      nodeResolve({ browser: true }),
      typescript(),
      terser({ format: { comments: false } }),
    ],
    output: { file: `${elements}dist/atrium.js`, format: 'es', sourcemap: true },
  },
];
