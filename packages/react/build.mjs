// Builds @quota/react: ESM + .d.ts with tsc, one module per wrapper so a
// bundler keeps (and registers) only the elements a page uses. react,
// @lit/react and @quota/elements stay external (plain imports).
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
rmSync(join(here, 'dist'), { recursive: true, force: true });
execFileSync('tsc', ['-p', join(here, 'tsconfig.build.json')], { stdio: 'inherit' });
const wrappers = readdirSync(join(here, 'dist')).filter((f) => f.endsWith('.js') && !['index.js', 'events.js'].includes(f));
console.log(`@quota/react: dist/index.js and ${wrappers.length} wrappers (${wrappers.map((f) => f.replace('.js', '')).join(', ')})`);
