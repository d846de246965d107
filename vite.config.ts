import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultClientConditions, defineConfig } from 'vite';
import { quotaBundle } from './scripts/vite-quota-bundle.js';
import { taskEndpoint } from './docs/task-endpoint.js';

const docs = resolve(import.meta.dirname, 'docs');
// Every HTML page of the docs site is an entry: the demo board, the TV wall,
// the guides and the embedding examples.
const pages = Object.fromEntries(
  readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.includes('node_modules'))
    .map((f) => [f.replace(/\.html$/, ''), resolve(docs, f)]),
);

export default defineConfig({
  root: docs,
  base: './',
  // Workspace packages resolve to their TypeScript sources: no build needed to run the demo.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // embed/quota.js: the self-contained bundle the plain HTML example loads.
  // /api/tasks: the small task API the "persist moves" example saves to (docs/examples/task-save.html).
  plugins: [quotaBundle(), taskEndpoint()],
  // Vue's esm-bundler build (docs/embed/vue.html): no Options API or devtools code in the page.
  define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { outDir: resolve(import.meta.dirname, 'docs-dist'), emptyOutDir: true, rollupOptions: { input: pages } },
});
