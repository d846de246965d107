// A tiny Vite plugin for the docs site: serves the self-contained bundle
// packages/elements/dist/quota.js as embed/quota.js, the file the plain HTML
// example loads with one <script type="module">.
// - `vite` (dev): bundled on request from the sources with the options of
//   packages/elements/build.mjs, rebuilt after a source changes, so
//   `npm run demo` works on a fresh clone without `pnpm build`;
// - `vite build`: the built dist/quota.js (and its source map) copied into
//   the site; when it is missing, bundled from the sources the same way.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import type { Plugin } from 'vite';

const elements = join(import.meta.dirname, '..', 'packages', 'elements');
const dist = join(elements, 'dist', 'quota.js');
/** Where the site serves it (the plain page says src="./quota.js"). */
const PUBLIC_PATH = 'embed/quota.js';

const options: BuildOptions = {
  entryPoints: [join(elements, 'src', 'quota.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['source'],
  tsconfig: join(import.meta.dirname, '..', 'tsconfig.json'),
  legalComments: 'none',
  minify: true,
  write: false,
  logLevel: 'warning',
};

async function fromSources(): Promise<string> {
  const result = await build(options);
  return result.outputFiles![0]!.text;
}

export function quotaBundle(): Plugin {
  let cached: Promise<string> | undefined;
  return {
    name: 'quota-bundle',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.includes(`${join('packages', 'elements', 'src')}`) || file.includes(`${join('packages', 'domain', 'src')}`)) cached = undefined;
      });
      server.middlewares.use(async (req, res, next) => {
        if (new URL(req.url ?? '/', 'http://x').pathname !== `/${PUBLIC_PATH}`) return next();
        let code: string;
        try {
          code = await (cached ??= fromSources());
        } catch (error) {
          cached = undefined;
          return next(error);
        }
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }).end(code);
      });
    },
    async generateBundle() {
      const built = existsSync(dist);
      if (!built) this.warn('packages/elements/dist/quota.js is missing (run pnpm build): bundling embed/quota.js from the sources');
      const code = built ? readFileSync(dist, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n') : await fromSources();
      this.emitFile({ type: 'asset', fileName: PUBLIC_PATH, source: code });
    },
  };
}
