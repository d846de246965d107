// Builds @quota/elements:
// - dist/quota.js: one self-contained, minified ES module that registers every
//   element (for a plain <script type="module"> on an intranet page);
// - dist/index.js + one entry per widget (dist/gauge.js, …) for bundler users,
//   with lit, @lit/*, d3-*, zod and @quota/domain left external;
// - dist/types: declarations; custom-elements.json from the JSDoc, and from
//   it the React 19 JSX and Vue typings (framework-types.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'src');
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });

// A widget is a folder holding a file of its own name: src/gauge/gauge.ts.
const widgets = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(src, d.name, `${d.name}.ts`)))
  .map((d) => d.name);

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['source'],
  tsconfig: join(here, '..', '..', 'tsconfig.json'),
  legalComments: 'none',
  logLevel: 'warning',
};

// Lit's html`` / svg`` / css`` literals keep their source whitespace through
// esbuild's minifier; minify them too for the self-contained bundle.
const minifyLiterals = {
  name: 'minify-literals',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!/\b(html|svg|css)`/.test(source)) return undefined;
      const result = await minifyHTMLLiterals(source, { fileName: args.path });
      return { contents: result?.code ?? source, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

await build({
  ...common,
  plugins: [minifyLiterals],
  entryPoints: { quota: join(src, 'quota.ts') },
  outdir: dist,
  minify: true,
  sourcemap: true,
  metafile: false,
});

await build({
  ...common,
  entryPoints: { index: join(src, 'index.ts'), ...Object.fromEntries(widgets.map((w) => [w, join(src, w, `${w}.ts`)])) },
  outdir: dist,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'd3-*', 'zod', 'zod/*', '@quota/domain'],
});

execFileSync('tsc', ['-p', join(here, 'tsconfig.build.json')], { stdio: 'inherit' });
execFileSync('custom-elements-manifest', ['analyze', '--quiet'], {
  cwd: here,
  stdio: 'inherit',
});
// React 19 JSX and Vue GlobalComponents typings from the manifest: generated/{jsx,vue}.d.ts (outside dist: a failed build leaves them).
execFileSync(process.execPath, [join(here, 'framework-types.mjs')], { cwd: here, stdio: 'inherit' });

const bundle = readFileSync(join(dist, 'quota.js'));
const kb = (n) => (n / 1024).toFixed(1);
console.log(`@quota/elements: dist/quota.js ${kb(bundle.length)} KB, ${kb(gzipSync(bundle, { level: 9 }).length)} KB gzip; widgets: ${widgets.join(', ')}`);
