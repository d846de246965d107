// pnpm bench:wall — the TV wall's soak benchmark: weeks of a wall squeezed
// into minutes. A page with <quota-wall> and every Quota widget this build
// registers, in Debian's Chromium, is asked to rotate every 50 ms (it does as
// fast as it draws: 5–11 boards a second on 2 busy cores), reloads every
// widget's `src` every 250 ms from a local data endpoint (new numbers each
// time, and every 7th answer a 503, so the stale path runs too), shifts
// against burn-in every 50 ms, and is taken out of the page and put back at
// every checkpoint. At each checkpoint it forces garbage collection
// (--expose-gc, twice, then the DevTools collector) and prints the JS heap
// after GC, the DOM node and event-listener counts, and what ran since.
// It prints last/first; the verdict compares the median of the last three
// checkpoints with that of the first three (after a warm-up), since one
// checkpoint may land on a busy moment: flat is ≤ 1.10×; exits 1 above
// 1.25× (a leak) or on a page error, so CI may run it.
//
// Options (env): SOAK_CHECKPOINTS (default 10), SOAK_SECONDS between
// checkpoints (default 30), SOAK_WARMUP seconds (default 30): about 6
// minutes; SOAK_BOARDS (default gauge,leaderboard,funnel,tree,tasks) to
// watch the wall with fewer widgets; SOAK_SNAPSHOT=1 to list the kinds of
// object that grew between the first and the last checkpoint.
// Needs no build: the page's bundle is made from src/ with esbuild.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { sampleData } from '../../packages/domain/src/index.js';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const CHECKPOINTS = Number(process.env.SOAK_CHECKPOINTS ?? 10);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 30);
const WARMUP = Number(process.env.SOAK_WARMUP ?? 30);
/** Which boards the wall gets (default all): e.g. `gauge` to watch the wall itself with the lightest widget. */
const BOARDS = (process.env.SOAK_BOARDS ?? 'gauge,leaderboard,funnel,tree,tasks').split(',');

// The page's script: every element, from the sources, minified like quota.js.
const bundle = await build({
  stdin: { contents: `import ${JSON.stringify(resolve(root, 'packages/elements/src/index.ts'))};`, resolveDir: root, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  minify: true,
  conditions: ['source'],
  tsconfig: resolve(root, 'tsconfig.json'),
  logLevel: 'error',
});
const script = bundle.outputFiles[0]!.text;

// Data that changes with every answer: six seeds per widget, served in turn.
const variants = [1, 2, 3, 4, 5, 6].map((seed) => sampleData(seed, { locale: 'zh-CN' }));
const bodies: Record<string, string[]> = {
  gauge: variants.map((v) => JSON.stringify(v.gauge)),
  leaderboard: variants.map((v) => JSON.stringify(v.leaderboard)),
  funnel: variants.map((v) => JSON.stringify(v.funnel)),
  tree: variants.map((v) => JSON.stringify(v.targetTree)),
  tasks: variants.map((v) => JSON.stringify(v.tasks)),
};
let answers = 0;
let failures = 0;

const BOARD_HTML: Record<string, string> = {
  gauge: '<section aria-label="达成"><quota-gauge src="/data/gauge"></quota-gauge><quota-gauge compact src="/data/gauge?compact"></quota-gauge></section>',
  leaderboard: '<section aria-label="销冠榜"><quota-leaderboard src="/data/leaderboard"></quota-leaderboard></section>',
  funnel: '<section aria-label="漏斗"><quota-funnel src="/data/funnel"></quota-funnel></section>',
  tree: '<section aria-label="目标"><quota-target-tree src="/data/tree"></quota-target-tree></section>',
  tasks: '<section aria-label="任务"><quota-task-board src="/data/tasks"></quota-task-board></section>',
};
// With one kind of board, two of them, so the wall still rotates.
const boards = BOARDS.length > 1 ? BOARDS.map((b) => BOARD_HTML[b] ?? '') : [BOARD_HTML[BOARDS[0]!] ?? '', BOARD_HTML[BOARDS[0]!] ?? ''];

const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>wall soak</title>
<script type="module" src="/quota.js"></script>
<script type="module">
  window.soakStats = { loads: 0, errors: 0, changes: 0 };
  document.addEventListener('quota-load', () => soakStats.loads++);
  document.addEventListener('quota-error', () => soakStats.errors++);
  document.addEventListener('quota-board-change', () => soakStats.changes++);
</script></head>
<body style="margin:0">
<quota-wall locale="zh-CN" currency="CNY" interval="0.05" refresh="0.25" shift-interval="0.05" stale-after="1" style="--wall-fade: 0s">
  <h1 slot="title">Soak</h1>
  ${boards.join('\n  ')}
</quota-wall></body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  if (url.pathname === '/quota.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  const kind = /^\/data\/(\w+)$/.exec(url.pathname)?.[1];
  const list = kind ? bodies[kind] : undefined;
  if (!list) return void res.writeHead(404).end();
  answers++;
  if (answers % 7 === 0) {
    failures++;
    return void res.writeHead(503, { 'content-type': 'text/plain' }).end('down');
  }
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(list[answers % list.length]);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await launchChromium(['--js-flags=--expose-gc']);
const tab = await browser.newPage();
await tab.setViewportSize({ width: 1280, height: 720 });
const pageErrors: string[] = [];
tab.on('pageerror', (e) => pageErrors.push(e.message));
await tab.goto(origin, { waitUntil: 'load' });
await tab.waitForFunction(() => customElements.get('quota-wall') !== undefined);
const cdp = await browser.newCDPSession(tab);
await cdp.send('Memory.enable' as never).catch(() => {});
const widgets = await tab.evaluate(() =>
  [...document.querySelectorAll('quota-wall *')].filter((e) => customElements.get(e.localName)).map((e) => e.localName),
);

interface Row {
  at: number;
  heapMB: number;
  nodes: number;
  listeners: number;
  loads: number;
  errors: number;
  changes: number;
}

async function checkpoint(at: number): Promise<Row> {
  // Out of the page and back: every timer, listener and observer must stop and start again.
  await tab.evaluate(() => {
    const wall = document.querySelector('quota-wall')!;
    const parent = wall.parentNode!;
    wall.remove();
    parent.append(wall);
  });
  await tab.evaluate(() => {
    const g = (globalThis as { gc?: () => void }).gc!;
    g();
    g();
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const dom = (await cdp.send('Memory.getDOMCounters' as never)) as { nodes: number; jsEventListeners: number };
  const stats = await tab.evaluate(() => (window as unknown as { soakStats: { loads: number; errors: number; changes: number } }).soakStats);
  return { at, heapMB: heap.usedSize / 2 ** 20, nodes: dom.nodes, listeners: dom.jsEventListeners, ...stats };
}

/** With SOAK_SNAPSHOT=1: live objects per constructor (count, bytes), from a heap snapshot, to see what grew. */
async function objectsByConstructor(): Promise<Map<string, { count: number; size: number }>> {
  let json = '';
  const onChunk = (e: { chunk: string }) => (json += e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(json) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = snap.snapshot.meta.node_fields;
  const [typeI, nameI, sizeI] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const types = snap.snapshot.meta.node_types[0];
  const out = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeI]!]!;
    // Objects by constructor; strings, code and the rest by kind.
    const key = type === 'object' ? snap.strings[snap.nodes[i + nameI]!]! : type === 'closure' ? `(closure) ${snap.strings[snap.nodes[i + nameI]!]}` : `(${type})`;
    const e = out.get(key) ?? { count: 0, size: 0 };
    e.count++;
    e.size += snap.nodes[i + sizeI]!;
    out.set(key, e);
  }
  return out;
}
const SNAPSHOT = process.env.SOAK_SNAPSHOT === '1';
let firstObjects: Map<string, { count: number; size: number }> | undefined;

const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000));
console.log(`wall soak: ${widgets.length} widgets (${[...new Set(widgets)].join(', ')}), rotation 50 ms, reload 250 ms, ${CHECKPOINTS} checkpoints every ${SECONDS} s after ${WARMUP} s warm-up`);
await sleep(WARMUP);
const rows: Row[] = [];
const t0 = Date.now();
for (let i = 0; i < CHECKPOINTS; i++) {
  if (i > 0) await sleep(SECONDS);
  rows.push(await checkpoint((Date.now() - t0) / 1000));
  if (SNAPSHOT && i === 0) firstObjects = await objectsByConstructor();
  const r = rows.at(-1)!;
  const d = rows.length > 1 ? rows.at(-2)! : { loads: 0, errors: 0, changes: 0 };
  if (i === 0) console.log(['t (s)', 'heap MB', 'DOM nodes', 'listeners', 'loads', 'errors', 'rotations'].map((h) => h.padStart(10)).join(''));
  console.log(
    [r.at.toFixed(0), r.heapMB.toFixed(2), r.nodes, r.listeners, `+${r.loads - d.loads}`, `+${r.errors - d.errors}`, `+${r.changes - d.changes}`]
      .map((c) => String(c).padStart(10))
      .join(''),
  );
}
if (SNAPSHOT && firstObjects) {
  const last = await objectsByConstructor();
  const grown = [...last].map(([k, v]) => ({ k, count: v.count - (firstObjects!.get(k)?.count ?? 0), size: v.size - (firstObjects!.get(k)?.size ?? 0) }));
  grown.sort((a, b) => b.size - a.size);
  console.log('\nlive objects that grew most (first → last checkpoint):');
  for (const g of grown.slice(0, 15)) console.log(`${String(g.count).padStart(8)} objects ${(g.size / 1024).toFixed(1).padStart(9)} KB  ${g.k.slice(0, 90)}`);
}
await browser.close();
server.close();

const first = rows[0]!;
const last = rows.at(-1)!;
const ratio = last.heapMB / first.heapMB;
const peak = Math.max(...rows.map((r) => r.heapMB)) / first.heapMB;
// One checkpoint can land on a busy moment (JIT code, a render in flight): the verdict compares medians of three.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const k = Math.min(3, rows.length);
const trend = median(rows.slice(-k).map((r) => r.heapMB)) / median(rows.slice(0, k).map((r) => r.heapMB));
console.log(
  `\nafter ${(last.at).toFixed(0)} s: ${last.loads - first.loads} loads, ${last.errors - first.errors} failed loads (stale), ` +
    `${last.changes - first.changes} rotations, ${answers} answers (${failures} × 503), ${CHECKPOINTS} detach/re-attach`,
);
console.log(`heap after GC, last/first: ${ratio.toFixed(3)}× (peak ${peak.toFixed(3)}×); median of the last ${k} / of the first ${k}: ${trend.toFixed(3)}×`);
console.log(`DOM nodes ${first.nodes} → ${last.nodes}; event listeners ${first.listeners} → ${last.listeners}`);
if (pageErrors.length) console.log(`page errors:\n  ${pageErrors.slice(0, 5).join('\n  ')}`);
const verdict = trend <= 1.1 ? 'FLAT' : trend <= 1.25 ? 'WATCH (1.10–1.25×)' : 'GROWING';
console.log(`verdict: ${verdict}`);
process.exitCode = trend > 1.25 || pageErrors.length ? 1 : 0;
