import { rollupTargets, sampleOrg, type TargetNode } from './packages/domain/src/index.js';
const mode = process.argv[2];
function bare(root: TargetNode): number {
  let s = 0; const stack = [root];
  while (stack.length) { const n = stack.pop()!; s += n.actual ?? 0; const k = n.children; if (k) for (let i = 0; i < k.length; i++) stack.push(k[i]!); }
  return s;
}
function time(f: () => unknown, reps = 300): number { for (let i = 0; i < 100; i++) f(); const t = performance.now(); for (let i = 0; i < reps; i++) f(); return (performance.now() - t) / reps; }
const org = sampleOrg(1, 10000);
const strip = (n: TargetNode): TargetNode => ({ id: n.id, name: n.name, target: n.target, actual: n.actual, period: n.period, children: n.children?.map(strip) });
const s = strip(org);
const asOf = '2025-02-14';
if (mode === 'bare') console.log('bare', time(() => bare(org)).toFixed(3));
if (mode === 'sample') console.log('sample asOf', time(() => rollupTargets(org, { asOf })).toFixed(3));
if (mode === 'sample0') console.log('sample no asOf', time(() => rollupTargets(org)).toFixed(3));
if (mode === 'plain') console.log('plain asOf', time(() => rollupTargets(s, { asOf })).toFixed(3));
if (mode === 'plain0') console.log('plain no asOf', time(() => rollupTargets(s)).toFixed(3));
const strip2 = (n: TargetNode, keep: string): TargetNode => ({ id: n.id, name: n.name, target: n.target, actual: n.actual, period: n.period, ...(keep === 'q' && n.quality ? { quality: n.quality } : {}), ...(keep === 'h' && n.history ? { history: n.history } : {}), ...(keep === 'p' && n.periods ? { periods: n.periods } : {}), children: n.children?.map((c) => strip2(c, keep)) });
for (const k of ['q', 'h', 'p']) if (mode === k) { const t = strip2(org, k); console.log(k, time(() => rollupTargets(t)).toFixed(3)); }
