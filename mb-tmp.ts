import { detectOutliers, deviationStreak, checkQuality, median } from './packages/domain/src/index.js';
import { median as med } from './packages/domain/src/stats.js';
function time(label: string, f: (i: number) => unknown, n = 200000) { for (let i = 0; i < 20000; i++) f(i); const t = performance.now(); for (let i = 0; i < n; i++) f(i); console.log(label, ((performance.now() - t) / n * 1e6).toFixed(0), 'ns'); }
const vals = [100, 102, 98, 101, 99, 103, 97, 100, 140];
time('detectOutliers', () => detectOutliers(vals));
time('median', () => med(vals));
time('F64.from', () => Float64Array.from(vals));
time('new F64', () => new Float64Array(vals));
time('F64 sort', () => new Float64Array(vals).sort());
const periods = [{ target: 100, actual: 90 }, { target: 100, actual: 95 }, { target: 100, actual: 105 }];
time('deviationStreak', () => deviationStreak(periods));
const subj = { kind: 'node' as const, id: 'x', name: 'X' };
time('checkQuality ok', () => checkQuality(subj, { discount: 0.1, grossMargin: 0.3 }, undefined));
time('slice sort', () => vals.slice().sort((a, b) => a - b));
const buf = new Float64Array(64);
time('reuse buf', () => { const n = vals.length; const b = buf.subarray(0, n); for (let i = 0; i < n; i++) b[i] = vals[i]!; return b.sort(); });
time('insertion', () => { const n = vals.length; const a = vals.slice(); for (let i = 1; i < n; i++) { const v = a[i]!; let j = i - 1; while (j >= 0 && a[j]! > v) { a[j + 1] = a[j]!; j--; } a[j + 1] = v; } return a; });
