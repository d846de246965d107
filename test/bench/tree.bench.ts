// tsx test/bench/tree.bench.ts — <quota-target-tree> with an org of 10,000 reps
// (11,263 nodes) in Debian's Chromium: the first view and opening nodes.
// Bundles the element from source with esbuild as the quota.js build does
// (production Lit, minified code and templates), so it needs no build. Prints the median of several runs in one page (warm JIT),
// the first run (cold), and the main thread's busy time per run as Chromium
// counts it (CDP Performance.getMetrics TaskDuration: the frame's style,
// layout and paint included, waiting for the frame not). Goal: the first view
// and opening a node within one 16 ms frame. The machine's load average is
// printed too: with other work running, every figure grows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { rollupTargets, sampleData, sampleOrg } from '../../packages/domain/src/index.js';
import { launchChromium } from '../../scripts/chromium.mjs';

const RUNS = 15;
const AS_OF = sampleData(7).asOf;
const ORG = sampleOrg(7, 10_000);
const ROLLED = rollupTargets(ORG, { asOf: AS_OF });

// The templates minified as in packages/elements/build.mjs (quota.js): what hosts run.
const elementsRequire = createRequire(pathToFileURL('packages/elements/package.json'));
const { minifyHTMLLiterals } = (await import(pathToFileURL(elementsRequire.resolve('minify-literals')).href)) as {
  minifyHTMLLiterals(source: string, options: { fileName: string }): Promise<{ code: string } | null>;
};
const minifyLiterals: Plugin = {
  name: 'minify-literals',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!/\b(html|svg|css)`/.test(source)) return undefined;
      const result = await minifyHTMLLiterals(source, { fileName: args.path });
      return { contents: result?.code ?? source, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

const bundle = await build({
  plugins: [minifyLiterals],
  stdin: {
    contents: `import './packages/elements/src/provider/provider.ts';
      import './packages/elements/src/target-tree/target-tree.ts';
      export { rollupTargets, validate, TargetNodeSchema, RolledTreeSchema } from '@quota/domain';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true, format: 'iife', globalName: 'quotaBench', minify: true, write: false, target: 'es2022',
  conditions: ['source'], tsconfig: 'tsconfig.json', logLevel: 'warning',
});

const browser = await launchChromium(['--js-flags=--expose-gc']);
const page = browser.pages()[0] ?? (await browser.newPage());
await page.setViewportSize({ width: 1280, height: 900 });
await page.setContent('<!doctype html><html lang="en"><body style="margin:0"><div id="stage" style="width:1200px"></div></body></html>');
await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
await page.addScriptTag({ content: readFileSync('test/bench/tree-runner.js', 'utf8') });
await page.evaluate(([org, rolled]) => Object.assign(window, { org, rolled }), [ORG, ROLLED] as const);
const cdp = await browser.newCDPSession(page);
await cdp.send('Performance.enable');
const busyMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;

type Result = { ms: number; rows: number };
type Bench = { mount(input: string, asOf: string, depth?: number): Promise<Result>; open(how: string, level: number): Promise<Result>; frame(): Promise<void>; clean(): Promise<void>; phases(asOf: string): Record<string, number> };
const run = <T>(fn: (b: Bench) => Promise<T> | T) => page.evaluate(`(${fn.toString()})(window.treeBench)`) as Promise<T>;

interface Figures { inPage: number[]; mainThread: number[]; rows: number }
async function measure(action: () => Promise<Result>, before?: () => Promise<unknown>): Promise<Figures> {
  const f: Figures = { inPage: [], mainThread: [], rows: 0 };
  for (let i = 0; i < RUNS; i++) {
    if (before) {
      await run((b) => b.clean());
      await before();
    }
    await (before ? run((b) => b.frame()) : run((b) => b.clean()));
    const b0 = await busyMs();
    const r = await action();
    await run((b) => b.frame());
    f.mainThread.push((await busyMs()) - b0);
    f.inPage.push(r.ms);
    f.rows = r.rows;
  }
  return f;
}

const mount = (input: 'org' | 'rolled', depth = 0) => () =>
  page.evaluate(([i, a, d]) => (window as never as { treeBench: Bench }).treeBench.mount(i, a, d), [input, AS_OF, depth] as const);
const open = (how: 'click' | 'keys', level: number) => () =>
  page.evaluate(([h, l]) => (window as never as { treeBench: Bench }).treeBench.open(h, l), [how, level] as const);
const load = loadavg()[0]!;
const results = [
  ['first view, TargetNode input (validate + roll up + draw)', await measure(mount('org'))],
  ['first view, rollupTargets output (check + draw)', await measure(mount('rolled'))],
  ['first view, rollupTargets output, 2 levels open', await measure(mount('rolled', 2))],
  ['open a region (click: its teams show)', await measure(open('click', 2), mount('rolled'))],
  ['open a team (click: its reps show)', await measure(open('click', 3), mount('rolled', 2))],
  ['open every team of a region (* on a team)', await measure(open('keys', 3), mount('rolled', 2))],
] as const;
const phases = await page.evaluate((a) => (window as never as { treeBench: Bench }).treeBench.phases(a), AS_OF);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`\n<quota-target-tree>, org of 10,000 reps (11,263 nodes), Chromium ${browser.browser()?.version() ?? ''}, ${RUNS} runs each`);
console.log(`load average ${load.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} (cores: the figures assume an idle machine)`);
console.log('in-page ms: until the rows are in the DOM and laid out; main thread ms: Chromium\'s busy time for the step and its frame');
console.log('case'.padEnd(58), 'median'.padStart(8), 'min'.padStart(7), 'first'.padStart(7), 'main thread median'.padStart(19), 'min'.padStart(7), 'rows in DOM'.padStart(12));
for (const [name, f] of results) {
  const fmt = (x: number, w: number) => x.toFixed(1).padStart(w);
  console.log(name.padEnd(58), fmt(median(f.inPage), 8), fmt(Math.min(...f.inPage), 7), fmt(f.inPage[0]!, 7), fmt(median(f.mainThread), 19), fmt(Math.min(...f.mainThread), 7), String(f.rows).padStart(12));
}
console.log('\nparts of the first view (median ms):');
for (const [name, ms] of Object.entries(phases)) console.log(`  ${name.padEnd(30)} ${ms.toFixed(1).padStart(7)}`);
await browser.close();
