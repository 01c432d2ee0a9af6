// Measures what a page must load for each widget: its registration entry with every
// dependency bundled and minified, gzip -9. Also the one-file script-tag bundle.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { basename, resolve } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const elements = resolve(import.meta.dirname, '../../packages/elements');
const gzipLength = (code) => gzipSync(code, { level: 9 }).length;

async function bundledGzip(input) {
  const bundle = await rollup({
    input,
    plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false } })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return gzipLength(output[0].code);
}

/** `{ 'bundle.<widget>.gzip': bytes, ..., 'bundle.atrium.gzip': bytes }` from the built package. */
export async function measureBundles() {
  const defineDir = resolve(elements, 'dist/esm/define');
  const figures = {};
  for (const file of readdirSync(defineDir)
    .filter((name) => name.endsWith('.js'))
    .sort()) {
    figures[`bundle.${basename(file, '.js')}.gzip`] = await bundledGzip(resolve(defineDir, file));
  }
  figures['bundle.atrium.gzip'] = gzipLength(readFileSync(resolve(elements, 'dist/atrium.js')));
  return figures;
}
