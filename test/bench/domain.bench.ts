// pnpm bench: the domain's speed on big inputs, against a floor measured in
// the same process: a bare loop that only sums the same amounts. Goal: every
// ratio ≤ 5. Prints figures; never fails the test suite.
import {
  forecast, funnelFromDeals, funnelMetrics, rankLeaderboard, rollupTargets, sampleDeals, sampleLeaderboard, sampleOrg,
  type TargetNode,
} from '../../packages/domain/src/index.js';
import { medianMs, printRows, type Row } from './measure.js';

const period = { start: '2025-01-01', end: '2025-03-31' };
const asOf = '2025-02-14';
const STAGES = [
  { id: 'lead', name: 'Leads' },
  { id: 'opportunity', name: 'Opportunities' },
  { id: 'proposal', name: 'Proposals' },
  { id: 'negotiation', name: 'Negotiation' },
  { id: 'won', name: 'Won' },
];

const rows: Row[] = [];

// 1,000,000 deals → funnel (aggregate + metrics) and pipeline forecast.
{
  const deals = sampleDeals(11, 1_000_000, period);
  const floor = medianMs(() => {
    let s = 0;
    for (let i = 0; i < deals.length; i++) s += deals[i]!.amount;
    return s;
  });
  const run = () => {
    const funnel = funnelMetrics(funnelFromDeals(deals, STAGES).data);
    const f = forecast({ target: 3e11, actual: 1.4e11, period, asOf, pipeline: deals });
    return funnel.winRate ?? f.best.value;
  };
  rows.push({ case: 'funnelFromDeals + funnelMetrics + forecast', items: deals.length, ms: medianMs(run, 9, 2), floorMs: floor });
  rows.push({ case: '  of which forecast (pipeline)', items: deals.length, ms: medianMs(() => forecast({ target: 3e11, actual: 1.4e11, period, asOf, pipeline: deals }), 9, 2), floorMs: floor });
}

// A 10,000-node target tree (an org of ~9,000 reps) → rollupTargets.
{
  let root: TargetNode = sampleOrg(5, 9_000);
  const nodes: TargetNode[] = [];
  for (const stack = [root]; stack.length; ) {
    const n = stack.pop()!;
    nodes.push(n);
    if (n.children) stack.push(...n.children);
  }
  if (nodes.length < 10_000) root = sampleOrg(5, 9_000 + (10_000 - nodes.length));
  const all: TargetNode[] = [];
  for (const stack = [root]; stack.length; ) {
    const n = stack.pop()!;
    all.push(n);
    if (n.children) stack.push(...n.children);
  }
  const floor = medianMs(() => {
    let s = 0;
    for (let i = 0; i < all.length; i++) s += all[i]!.actual ?? 0;
    return s;
  });
  rows.push({ case: 'rollupTargets', items: all.length, ms: medianMs(() => rollupTargets(root, { asOf }), 15, 3), floorMs: floor });
  rows.push({ case: '  reference: a copy of every node', items: all.length, ms: medianMs(() => all.map((n) => ({ ...n })), 15, 3), floorMs: floor, reference: true });
}

// 100,000 leaderboard entries → rankLeaderboard.
{
  const data = sampleLeaderboard(3, 100_000);
  const floor = medianMs(() => {
    let s = 0;
    for (let i = 0; i < data.entries.length; i++) s += data.entries[i]!.actual;
    return s;
  });
  rows.push({ case: 'rankLeaderboard', items: data.entries.length, ms: medianMs(() => rankLeaderboard(data, { asOf }), 9, 2), floorMs: floor });
  const keys = Float64Array.from(data.entries, (e) => (e.target > 0 ? e.actual / e.target : -1));
  rows.push({ case: '  reference: sorting the same keys (typed)', items: keys.length, ms: medianMs(() => Float64Array.from(keys).sort(), 9, 2), floorMs: floor, reference: true });
  rows.push({ case: '  reference: a copy of every entry', items: keys.length, ms: medianMs(() => data.entries.map((e) => ({ ...e })), 9, 2), floorMs: floor, reference: true });
}

const ok = printRows(`@quota/domain benchmarks (Node ${process.version}, median of runs)`, rows, 5);
console.log(ok ? '\nEvery ratio ≤ 5.' : '\nSome ratios are above the goal of 5 (see above; reference rows show what a sort or a copy of the input alone costs).');
