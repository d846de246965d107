// pnpm bench:elements — create + data + layout of Quota's widgets against
// ECharts on the same data, in the same Chromium page run (Debian's
// Chromium). Needs `pnpm build` (uses the built quota.js, as a host would).
// Prints medians and ratios; aims: Quota ≤ 0.25× ECharts' time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { sampleData, funnelMetrics } from '../../packages/domain/src/index.js';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../e2e/static-server.js';
import { org316 } from './org-316.js';

const require = createRequire(import.meta.url);
const echartsFile = require.resolve('echarts/dist/echarts.min.js');
const sample = sampleData(7);
const leaderboard200 = { ...sample.leaderboard, entries: Array.from({ length: 200 }, (_, i) => {
  const e = sample.leaderboard.entries[i % sample.leaderboard.entries.length]!;
  return { ...e, id: `e${i}`, name: `${e.name} ${i}`, actual: e.actual * (0.6 + ((i * 37) % 80) / 100) };
}) };
const tree = org316();
const funnel = sample.funnel;
const fm = funnelMetrics(funnel);

const page = `<!doctype html><html><head><meta charset="utf-8">
<script src="/echarts.js"></script><script src="/runner.js"></script><script type="module" src="/quota.js"></script></head>
<body><div id="stage" style="width:600px"></div></body></html>`;

const server = await serveStatic('packages/elements/dist', {}, (req, res) => {
  if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page), true;
  if (req.url === '/runner.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync('test/bench/echarts-runner.js')), true;
  if (req.url === '/echarts.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(echartsFile)), true;
  return false;
});
const browser = await launchChromium(['--js-flags=--expose-gc']);
const tab = await browser.newPage();
await tab.goto(server.url, { waitUntil: 'networkidle' });
await tab.waitForFunction(() => customElements.get('quota-gauge') && 'echarts' in window);

type Case = { name: string; tag: string; data: unknown; echarts: unknown; height: number; attrs?: Record<string, string> };
const toTree = (n: typeof tree): { name: string; value: number; children?: unknown[] } => ({
  name: n.name, value: n.target ?? 0, ...(n.children ? { children: n.children.map(toTree) } : {}),
});
const cases: Case[] = [
  {
    name: 'gauge', tag: 'quota-gauge', data: sample.gauge, height: 320,
    echarts: { animation: false, series: [{ type: 'gauge', min: 0, max: 150, progress: { show: true },
      axisLine: { lineStyle: { width: 18, color: [[0.533, '#b42318'], [0.667, '#9a5b00'], [0.8, '#0b7a3b'], [1, '#6232c7']] } },
      detail: { formatter: '{value}%' }, data: [{ value: Math.round((sample.gauge.actual / sample.gauge.target) * 100), name: 'Attainment' }] }] },
  },
  {
    name: 'leaderboard, 200 rows, virtualised (vs ECharts bar)', tag: 'quota-leaderboard', data: leaderboard200, height: 4000,
    echarts: { animation: false, grid: { left: 140 }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: leaderboard200.entries.map((e) => e.name) },
      series: [{ type: 'bar', data: leaderboard200.entries.map((e) => e.actual / e.target) }] },
  },
  {
    // 200 rows are over the virtualising threshold: this row draws them all, the real DOM cost.
    name: 'leaderboard, 200 rows, every row drawn', tag: 'quota-leaderboard', data: leaderboard200, height: 4000, attrs: { 'virtualize-above': '1000' },
    echarts: { animation: false, grid: { left: 140 }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: leaderboard200.entries.map((e) => e.name) },
      series: [{ type: 'bar', data: leaderboard200.entries.map((e) => e.actual / e.target) }] },
  },
  {
    name: 'funnel, 5 stages', tag: 'quota-funnel', data: funnel, height: 400,
    echarts: { animation: false, series: [{ type: 'funnel', data: fm.stages.map((s) => ({ name: s.name, value: s.count })) }] },
  },
  {
    name: 'target tree, 316 nodes (default views)', tag: 'quota-target-tree', data: tree, height: 600,
    echarts: { animation: false, series: [{ type: 'tree', data: [toTree(tree)] }] },
  },
];

const results = (await tab.evaluate((list) => (window as unknown as { runBench(c: unknown): Promise<unknown> }).runBench(list), cases)) as { name: string; quota: number | null; echarts: number }[];

const version = await browser.browser()?.version();
console.log(`\nQuota vs ECharts ${require('echarts/package.json').version}: create + data + layout, median of 30 runs (Chromium ${version ?? ''})`);
console.log('case'.padEnd(52), 'Quota ms'.padStart(10), 'ECharts ms'.padStart(11), 'ratio'.padStart(8), '  aim ≤ 0.25');
for (const r of results) {
  const ratio = r.quota === null ? null : r.quota / r.echarts;
  console.log(
    r.name.padEnd(52),
    (r.quota === null ? 'n/a' : r.quota.toFixed(2)).padStart(10),
    r.echarts.toFixed(2).padStart(11),
    (ratio === null ? 'n/a' : `${ratio.toFixed(2)}×`).padStart(8),
    ratio === null ? '  (element not built yet)' : ratio <= 0.25 ? '  ok' : '  above aim',
  );
}
const quota = readFileSync('packages/elements/dist/quota.js');
const echarts = readFileSync(echartsFile);
console.log(`\nSize: quota.js ${(gzipSync(quota, { level: 9 }).length / 1024).toFixed(1)} KB gzip (goal ≤ 45); echarts.min.js (full) ${(gzipSync(echarts, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
await browser.close();
await server.close();
