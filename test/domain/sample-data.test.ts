import { expect } from 'chai';
import fc from 'fast-check';
import {
  addDays, checkQuality, detectOutliers, deviationStreak, elapsedShare, FunnelDataSchema, GaugeDataSchema,
  LeaderboardDataSchema, sampleData, sampleDeals, sampleLeaderboard, sampleOrg, TargetNodeSchema, TaskBoardDataSchema,
  type SampleData, type TargetNode,
} from '../../packages/domain/src/index.js';

const LOCALES = ['en-US', 'zh-CN'] as const;
const SEEDS = [0, 1, 42, 2025, -7, 123456789];

/** Every node of a tree, parents before children, without recursion. */
function nodesOf(root: TargetNode): TargetNode[] {
  const out: TargetNode[] = [];
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    out.push(node);
    for (const child of (node.children ?? []).toReversed()) stack.push(child);
  }
  return out;
}
const leavesOf = (root: TargetNode) => nodesOf(root).filter((n) => !n.children?.length);
const byId = (root: TargetNode) => new Map(nodesOf(root).map((n) => [n.id, n]));
const sumOf = (values: number[]) => values.reduce((s, v) => s + v, 0);

/** Nodes whose children's targets plus reserve differ from their own target. */
function mismatches(root: TargetNode): { id: string; ratio: number }[] {
  return nodesOf(root)
    .filter((n) => n.children?.length)
    .map((n) => ({ id: n.id, ratio: (sumOf(n.children!.map((c) => c.target!)) + (n.reserve ?? 0)) / n.target! }))
    .filter((m) => m.ratio !== 1);
}

/** Everything in a sample but names and texts. */
const factsOf = (x: SampleData) => ({
  tree: nodesOf(x.targetTree).map((n) => [n.id, n.target, n.actual, n.reserve, n.history, n.periods?.map((p) => [p.target, p.actual]), n.quality]),
  board: x.leaderboard.entries.map((e) => [e.id, e.target, e.actual, e.previousRank, e.tenureMonths, e.kpis, e.history]),
  funnel: x.funnel.stages.map((s) => [s.id, s.count, s.amount, s.avgDays]),
  lost: x.funnel.lost!.map((l) => [l.count, l.amount]),
  tasks: x.tasks.tasks.map((t) => [t.id, t.when, t.howMuch, t.targetId, t.urgent, t.important, t.done]),
  gauge: [x.gauge.target, x.gauge.actual, x.gauge.history!.map((h) => [h.total, h.reached])],
  deals: x.deals,
  cast: x.cast,
});

function expectValid(d: SampleData): void {
  const parts = [
    ['gauge', GaugeDataSchema.safeParse(d.gauge)],
    ['funnel', FunnelDataSchema.safeParse(d.funnel)],
    ['targetTree', TargetNodeSchema.safeParse(d.targetTree)],
    ['tasks', TaskBoardDataSchema.safeParse(d.tasks)],
    ['leaderboard', LeaderboardDataSchema.safeParse(d.leaderboard)],
  ] as const;
  for (const [name, result] of parts) expect(result.success, `${name}: ${JSON.stringify(result.error?.issues.slice(0, 3))}`).to.equal(true);
}

describe('sampleData()', () => {
  const d = sampleData(1);

  it('gives data every widget schema accepts, for several seeds and both locales', () => {
    for (const seed of SEEDS) for (const locale of LOCALES) expectValid(sampleData(seed, { locale }));
  });

  it('is deterministic: the same seed and options give deep-equal data', () => {
    expect(sampleData(7, { locale: 'zh-CN', reps: 60 })).to.deep.equal(sampleData(7, { locale: 'zh-CN', reps: 60 }));
    expect(sampleData(7.9)).to.deep.equal(sampleData(7));
  });

  it('changes the numbers with the seed but not the shape', () => {
    const a = sampleData(1);
    const b = sampleData(2);
    expect(nodesOf(a.targetTree).map((n) => n.id)).to.deep.equal(nodesOf(b.targetTree).map((n) => n.id));
    expect(a.leaderboard.entries.map((e) => e.id)).to.deep.equal(b.leaderboard.entries.map((e) => e.id));
    expect(a.deals.length).to.equal(b.deals.length);
    expect(a.tasks.tasks.length).to.equal(b.tasks.tasks.length);
    expect(a.targetTree.target).to.not.equal(b.targetTree.target);
    expect(leavesOf(a.targetTree).map((n) => n.actual)).to.not.deep.equal(leavesOf(b.targetTree).map((n) => n.actual));
    expect(a.funnel.stages.map((s) => s.count)).to.not.deep.equal(b.funnel.stages.map((s) => s.count));
  });

  it('keeps ids and numbers across locales while the names change', () => {
    const en = sampleData(5, { locale: 'en-US' });
    const zh = sampleData(5, { locale: 'zh-CN' });
    expect(factsOf(zh)).to.deep.equal(factsOf(en));
    expect([en.targetTree.name, zh.targetTree.name]).to.deep.equal(['Whole company', '全公司']);
    expect(byId(zh.targetTree).get('east')!.name).to.equal('华东大区');
    expect(byId(zh.targetTree).get('north-core')!.name).to.equal('核心产品');
    expect(zh.funnel.stages.map((s) => s.name)).to.deep.equal(['线索获取', '商机识别', '方案设计', '报价谈判', '签约成交']);
    expect(zh.tasks.tasks[0]!.title).to.equal('推进停滞的谈判商机');
    expect(en.tasks.tasks[0]!.title).to.equal('Unblock stalled negotiations');
    for (const e of zh.leaderboard.entries) expect(e.name).to.match(/^[\u4e00-\u9fff]{2,3}$/);
    for (const e of en.leaderboard.entries) expect(e.name).to.match(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(en.gauge.label).to.equal('Q1 2025 revenue');
    expect(zh.gauge.label).to.equal('2025年第一季度销售额');
  });

  it('uses the quarter containing asOf, 2025-02-14 by default', () => {
    expect(d.asOf).to.equal('2025-02-14');
    expect(d.period).to.deep.equal({ start: '2025-01-01', end: '2025-03-31' });
    expect(sampleData(1, { asOf: '2024-11-30' }).period).to.deep.equal({ start: '2024-10-01', end: '2024-12-31' });
    const leap = sampleData(1, { asOf: '2024-02-29' });
    expect(leap.period).to.deep.equal({ start: '2024-01-01', end: '2024-03-31' });
    expect([leap.gauge.period, leap.funnel.period, leap.targetTree.period, leap.leaderboard.period]).to.deep.equal(Array(4).fill(leap.period));
    expect([leap.gauge.asOf, leap.tasks.asOf, leap.leaderboard.asOf]).to.deep.equal(Array(3).fill('2024-02-29'));
  });

  it('names CNY as the currency in both locales unless told otherwise', () => {
    expect(d.currency).to.equal('CNY');
    expect(sampleData(1, { locale: 'zh-CN' }).gauge.currency).to.equal('CNY');
    const usd = sampleData(1, { currency: 'USD' });
    expect([usd.gauge.currency, usd.funnel.currency, usd.tasks.currency, usd.leaderboard.currency]).to.deep.equal(Array(4).fill('USD'));
    expect(usd.gauge.target).to.equal(d.gauge.target);
  });

  it('sets a quarter target in the tens of millions for 48 reps', () => {
    expect(d.targetTree.target).to.be.within(30_000_000, 40_000_000);
    expect(d.targetTree.target! % 10_000).to.equal(0);
  });

  describe('targetTree', () => {
    it('splits company → regions → teams (North by product, other by customer) → reps', () => {
      const tree = d.targetTree;
      expect(tree.split).to.equal('region');
      expect(tree.children!.map((c) => [c.id, c.split, c.weight])).to.deep.equal([
        ['east', 'org', 0.35], ['south', 'org', 0.25], ['north', 'product', 0.2], ['other', 'customer', 0.2],
      ]);
      const nodes = byId(tree);
      expect(nodes.get('north')!.children!.map((c) => [c.id, c.weight])).to.deep.equal([['north-core', 0.6], ['north-new', 0.3], ['north-accessories', 0.1]]);
      expect(nodes.get('other')!.children!.map((c) => [c.id, c.weight])).to.deep.equal([['other-key', 0.5], ['other-smb', 0.3], ['other-new', 0.2]]);
      expect(nodes.get('east-t1')!.level).to.equal('team');
      for (const leaf of leavesOf(tree)) expect(leaf.level).to.equal('rep');
      expect(leavesOf(tree).map((n) => n.id)).to.deep.equal(Array.from({ length: 48 }, (_, i) => `rep-${String(i + 1).padStart(3, '0')}`));
    });

    it('adds up targets exactly at every level except the one mismatched team (3% over)', () => {
      for (const seed of SEEDS) {
        const x = sampleData(seed);
        const off = mismatches(x.targetTree);
        expect(off.map((m) => m.id)).to.deep.equal([x.cast.mismatchTeam]);
        expect(off[0]!.ratio).to.be.within(1.029, 1.031);
        for (const n of nodesOf(x.targetTree)) expect(Number.isInteger(n.target)).to.equal(true);
      }
      expect(d.cast.mismatchTeam).to.equal('east-t2');
    });

    it('keeps a reserve on the company and splits regions 35/25/20/20 of the rest', () => {
      const tree = d.targetTree;
      expect(tree.reserve).to.equal(Math.round((tree.target! * 0.04) / 10_000) * 10_000);
      const rest = tree.target! - tree.reserve!;
      tree.children!.forEach((region, i) => expect(Math.abs(region.target! - rest * [0.35, 0.25, 0.2, 0.2][i]!)).to.be.at.most(1000));
      const north = byId(tree).get('north')!;
      north.children!.forEach((line, i) => expect(Math.abs(line.target! - north.target! * [0.6, 0.3, 0.1][i]!)).to.be.at.most(1000));
    });

    it('puts actuals on reps only, with reps behind pace and reps over 120%', () => {
      const pace = elapsedShare(d.period, d.asOf);
      for (const node of nodesOf(d.targetTree)) expect(node.actual === undefined).to.equal(Boolean(node.children?.length));
      const attainments = leavesOf(d.targetTree).map((n) => n.actual! / n.target!);
      expect(attainments.filter((a) => a < pace * 0.9).length).to.be.at.least(2);
      expect(attainments.filter((a) => a >= 1.2).length).to.be.at.least(2);
      for (const id of d.cast.stars) expect(byId(d.targetTree).get(id)!.actual! / byId(d.targetTree).get(id)!.target!).to.be.at.least(1.2);
    });

    it('puts about a quarter of reps behind pace at mid-quarter, a tenth under 80%, and the laggards under half of it', () => {
      // 2,000 reps show the distribution; 48 reps (the demo) scatter around it.
      for (const [seed, reps, behind, under80] of [[5, 2000, [0.2, 0.3], [0.07, 0.14]], ...SEEDS.map((s) => [s, 48, [0.08, 0.42], [0, 0.25]] as const)] as const) {
        const x = sampleData(seed, { reps });
        const pace = elapsedShare(x.period, x.asOf);
        const ratios = leavesOf(x.targetTree).filter((n) => !x.cast.laggards.includes(n.id)).map((n) => n.actual! / n.target! / pace);
        const share = (f: (r: number) => boolean) => ratios.filter(f).length / ratios.length;
        expect(share((r) => r < 0.9), `seed ${seed}`).to.be.within(behind[0], behind[1]);
        expect(share((r) => r < 0.8), `seed ${seed}`).to.be.within(under80[0], under80[1]);
        expect(share((r) => r < 0.5), `seed ${seed}`).to.be.below(0.01);
        for (const id of x.cast.laggards) expect(byId(x.targetTree).get(id)!.actual! / byId(x.targetTree).get(id)!.target! / pace).to.be.below(0.5);
      }
    });

    it('gives history to a few reps, one of whose actual is an outlier against it', () => {
      for (const seed of SEEDS) {
        const x = sampleData(seed);
        const withHistory = leavesOf(x.targetTree).filter((n) => n.history);
        expect(withHistory.length).to.be.within(3, 48 / 4);
        for (const n of withHistory) expect(detectOutliers(n.history!)).to.deep.equal([]);
        const flagged = withHistory.filter((n) => detectOutliers([...n.history!, n.actual!]).length > 0);
        expect(flagged.map((n) => n.id)).to.deep.equal([x.cast.outlier]);
        const [outlier] = detectOutliers([...flagged[0]!.history!, flagged[0]!.actual!]);
        expect(outlier!.index).to.equal(flagged[0]!.history!.length);
        expect(outlier!.score).to.be.above(3.5);
      }
    });

    it('gives monthly periods to a few reps, one with a three-period deviation streak', () => {
      for (const seed of SEEDS) {
        const x = sampleData(seed, { locale: 'zh-CN' });
        const withPeriods = leavesOf(x.targetTree).filter((n) => n.periods);
        expect(withPeriods.length).to.be.at.least(3);
        const streaks = withPeriods.map((n) => [n.id, deviationStreak(n.periods!).length] as const).filter(([, length]) => length > 0);
        expect(streaks).to.deep.equal([[x.cast.streak, 3]]);
        expect(deviationStreak(byId(x.targetTree).get(x.cast.streak)!.periods!).suggestion).to.not.equal(null);
      }
      const labels = leavesOf(sampleData(1, { locale: 'zh-CN' }).targetTree).find((n) => n.periods)!.periods!.map((p) => p.label);
      expect(labels).to.deep.equal(['2024年7月', '2024年8月', '2024年9月', '2024年10月', '2024年11月', '2024年12月']);
    });

    it('has exactly one quality violation: a discount above 15%', () => {
      for (const seed of SEEDS) {
        const x = sampleData(seed);
        const leaves = leavesOf(x.targetTree).filter((n) => n.quality);
        expect(leaves.length).to.be.at.least(5);
        const violations = leaves.flatMap((n) => checkQuality({ kind: 'rep', id: n.id }, n.quality));
        expect(violations.map((h) => [h.subject.id, h.details!.rule])).to.deep.equal([[x.cast.breach, 'discount']]);
        expect(violations[0]!.value).to.be.above(0.15);
      }
    });
  });

  describe('leaderboard', () => {
    const entries = d.leaderboard.entries;

    it('lists the reps of the tree with their targets, actuals and team', () => {
      const leaves = leavesOf(d.targetTree);
      expect(entries.map((e) => [e.id, e.name, e.target, e.actual])).to.deep.equal(leaves.map((n) => [n.id, n.name, n.target, n.actual]));
      expect(entries[0]!.team).to.equal(byId(d.targetTree).get('east-t1')!.name);
      expect(d.leaderboard.rankBy).to.equal('attainment');
      expect(d.leaderboard.kpiTargets).to.deep.equal({ weeklyVisits: 5, monthlyOpportunities: 15, opportunityToProposal: 0.6, proposalToWon: 0.4 });
    });

    it('has two newcomers without previous rank and previous ranks 1…n for the rest', () => {
      const fresh = entries.filter((e) => e.previousRank === null);
      expect(fresh.map((e) => e.id).sort()).to.deep.equal([...d.cast.newcomers].sort());
      for (const e of fresh) expect(e.tenureMonths).to.be.below(6);
      for (const e of fresh) expect(e.history).to.equal(undefined);
      const ranks = entries.filter((e) => e.previousRank !== null).map((e) => e.previousRank!);
      expect(ranks.sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 46 }, (_, i) => i + 1));
      for (const e of entries.filter((x) => x.previousRank !== null)) expect(e.tenureMonths).to.be.at.least(6);
    });

    it('has a tie in attainment, exact to the last bit', () => {
      for (const seed of SEEDS) {
        const x = sampleData(seed);
        const [a, b] = x.cast.tie.map((id) => x.leaderboard.entries.find((e) => e.id === id)!);
        expect(a!.actual / a!.target).to.equal(b!.actual / b!.target);
        expect(a!.target).to.not.equal(b!.target);
      }
    });

    it('gives every rep KPIs, some quality facts and history for all but newcomers', () => {
      for (const e of entries) expect(Object.keys(e.kpis!)).to.have.members(['weeklyVisits', 'monthlyOpportunities', 'opportunityToProposal', 'proposalToWon']);
      expect(entries.filter((e) => e.quality).length).to.be.within(5, 24);
      expect(entries.filter((e) => e.history).length).to.equal(46);
    });

    it('has history that only the outlier rep’s actual stands out from, even with 10,000 reps', () => {
      for (const x of [d, sampleData(11, { reps: 10_000 })]) {
        const flagged = x.leaderboard.entries.filter((e) => e.history && detectOutliers([...e.history, e.actual]).length > 0);
        expect(flagged.map((e) => e.id)).to.deep.equal([x.cast.outlier]);
        for (const e of x.leaderboard.entries) if (e.history) expect(detectOutliers(e.history)).to.deep.equal([]);
      }
    });
  });

  describe('funnel', () => {
    it('runs lead → opportunity → proposal → negotiation → won with falling counts', () => {
      for (const seed of SEEDS) {
        const { stages } = sampleData(seed).funnel;
        expect(stages.map((s) => s.id)).to.deep.equal(['lead', 'opportunity', 'proposal', 'negotiation', 'won']);
        for (let i = 1; i < stages.length; i++) expect(stages[i]!.count).to.be.below(stages[i - 1]!.count);
      }
    });

    it('fails exactly one of the seed benchmarks and stalls exactly one stage', () => {
      const failing = new Set<string>();
      for (const seed of [...SEEDS, 3, 4, 5, 6, 8, 9]) {
        const f = sampleData(seed, { reps: 16 }).funnel;
        expect(f.benchmarks).to.deep.equal([{ from: 'opportunity', to: 'proposal', rate: 0.6 }, { from: 'proposal', to: 'won', rate: 0.4 }]);
        const count = (id: string) => f.stages.find((s) => s.id === id)!.count;
        const fails = f.benchmarks!.filter((b) => count(b.to) / count(b.from) < b.rate);
        expect(fails.length).to.equal(1);
        failing.add(fails[0]!.from);
        expect(f.stages.filter((s) => s.avgDays !== undefined && s.avgDays > s.dwellBenchmark!).length).to.equal(1);
      }
      expect([...failing].sort()).to.deep.equal(['opportunity', 'proposal']);
    });

    it('wins the amount the reps actually sold, with five loss reasons', () => {
      const f = d.funnel;
      expect(f.stages[4]!.amount).to.equal(sumOf(leavesOf(d.targetTree).map((n) => n.actual!)));
      expect(f.lost!.map((l) => l.reason)).to.deep.equal(['Price', 'Competitor', 'No budget', 'Bad timing', 'No decision']);
      expect(sumOf(f.lost!.map((l) => l.count))).to.be.within(f.stages[1]!.count * 0.34, f.stages[1]!.count * 0.46);
    });
  });

  describe('gauge', () => {
    it('shows the company target and the sum of the reps’ actuals, with pipeline and three years of history', () => {
      const g = d.gauge;
      expect(g.target).to.equal(d.targetTree.target);
      expect(g.actual).to.equal(sumOf(leavesOf(d.targetTree).map((n) => n.actual!)));
      expect(g.pipeline).to.equal(d.deals);
      expect(d.deals.length).to.equal(48 * 3);
      expect(g.history!.map((h) => h.label)).to.deep.equal(['Q1 2022', 'Q1 2023', 'Q1 2024']);
      for (const h of g.history!) expect(h.reached / h.total).to.be.within(0.5 * 0.85, 0.5 * 0.99);
      const totals = g.history!.map((h) => h.total);
      expect(totals[0]).to.be.below(totals[1]!);
      expect(totals[1]).to.be.below(totals[2]!);
    });

    it('reaches the whole total in history when asOf is the last day of the quarter', () => {
      for (const h of sampleData(1, { asOf: '2025-03-31' }).gauge.history!) expect(h.reached).to.equal(h.total);
    });
  });

  describe('tasks', () => {
    const { tasks, targets } = d.tasks;

    it('has sixteen 5W2H tasks: two overdue, one done', () => {
      expect(tasks.length).to.equal(16);
      for (const t of tasks) for (const key of ['title', 'what', 'why', 'who', 'when', 'where', 'how', 'howMuch']) expect(t).to.have.property(key);
      expect(tasks.filter((t) => !t.done && t.when! < d.asOf).map((t) => t.when)).to.deep.equal([addDays(d.asOf, -3), addDays(d.asOf, -1)]);
      expect(tasks.filter((t) => t.done).length).to.equal(1);
    });

    it('sets urgent/important by hand on some and leaves the rest to be derived', () => {
      expect(tasks.filter((t) => t.urgent !== undefined || t.important !== undefined).length).to.equal(4);
      expect(tasks.filter((t) => t.urgent === undefined && t.important === undefined && t.targetId === undefined).length).to.be.at.least(3);
    });

    it('points targetIds at tree nodes and names them in targets', () => {
      const nodes = byId(d.targetTree);
      const used = [...new Set(tasks.filter((t) => t.targetId).map((t) => t.targetId!))];
      expect(used.length).to.be.at.least(5);
      expect(targets!.map((t) => t.id)).to.deep.equal(used);
      for (const t of targets!) expect(t.name).to.equal(nodes.get(t.id)!.name);
      expect(used).to.include.members([d.cast.mismatchTeam, d.cast.breach, d.cast.laggards[0]]);
    });
  });

  it('scales to 10,000 reps with realistic teams', () => {
    const big = sampleData(3, { reps: 10_000 });
    expectValid(big);
    const nodes = nodesOf(big.targetTree);
    expect(new Set(nodes.map((n) => n.id)).size).to.equal(nodes.length);
    expect(leavesOf(big.targetTree).length).to.equal(10_000);
    expect(big.leaderboard.entries.length).to.equal(10_000);
    expect(leavesOf(big.targetTree).at(-1)!.id).to.equal('rep-10000');
    const teamSizes = nodes.filter((n) => n.children?.[0]?.level === 'rep').map((n) => n.children!.length);
    expect(Math.max(...teamSizes)).to.be.at.most(12);
    expect(teamSizes.length).to.be.at.least(10_000 / 12);
    expect(mismatches(big.targetTree).map((m) => m.id)).to.deep.equal(['east-t2']);
  });

  it('rejects bad seeds and options with a RangeError naming the value', () => {
    expect(() => sampleData(Number.NaN)).to.throw(RangeError, /invalid seed NaN/);
    expect(() => sampleData(1, { reps: 15 })).to.throw(RangeError, /invalid reps 15/);
    expect(() => sampleData(1, { reps: 20.5 })).to.throw(RangeError, /invalid reps 20.5/);
    expect(() => sampleData(1, { locale: 'fr-FR' as 'en-US' })).to.throw(RangeError, /invalid locale "fr-FR"/);
    expect(() => sampleData(1, { asOf: '2025-02-30' })).to.throw(RangeError, /invalid date "2025-02-30"/);
    expect(() => sampleData(1, { currency: 'usd' })).to.throw(RangeError, /invalid currency "usd"/);
  });

  it('keeps its invariants for any seed and team size', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 16, max: 400 }), fc.constantFrom(...LOCALES), (seed, reps, locale) => {
        const x = sampleData(seed, { reps, locale });
        expectValid(x);
        expect(mismatches(x.targetTree).map((m) => m.id)).to.deep.equal([x.cast.mismatchTeam]);
        expect(leavesOf(x.targetTree).length).to.equal(reps);
        const { mismatchTeam, ...parts } = x.cast;
        expect(mismatchTeam).to.match(/^east-t[12]$/);
        expect(new Set(Object.values(parts).flat()).size).to.equal(10);
      }),
      { numRuns: 40 },
    );
  });
});

describe('sampleDeals()', () => {
  const Q1 = { start: '2025-01-01', end: '2025-03-31' };

  it('is deterministic and the first deals do not depend on the count', () => {
    expect(sampleDeals(4, 50, Q1)).to.deep.equal(sampleDeals(4, 50, Q1));
    expect(sampleDeals(4, 100, Q1).slice(0, 50)).to.deep.equal(sampleDeals(4, 50, Q1));
    expect(sampleDeals(5, 50, Q1)).to.not.deep.equal(sampleDeals(4, 50, Q1));
  });

  it('makes open deals closing from asOf to the period end, about 15% after it', () => {
    const deals = sampleDeals(1, 10_000, Q1, { asOf: '2025-02-14', meanAmount: 200_000 });
    expect(deals[0]!.id).to.equal('deal-00001');
    expect(new Set(deals.map((x) => x.id)).size).to.equal(10_000);
    const late = deals.filter((x) => x.closeDate! > Q1.end);
    expect(late.length / deals.length).to.be.within(0.13, 0.17);
    const open = ['lead', 'opportunity', 'proposal', 'negotiation'];
    expect(deals.every((x) => x.closeDate! >= '2025-02-14' && x.closeDate! <= '2025-05-30')).to.equal(true);
    expect(deals.every((x) => open.includes(x.stage!) && x.amount % 100 === 0 && x.amount >= 1000)).to.equal(true);
    expect(deals.every((x) => x.probability === undefined || (x.probability >= 0.05 && x.probability <= 0.95))).to.equal(true);
    expect(deals.filter((x) => x.probability === undefined).length / deals.length).to.be.within(0.27, 0.33);
    expect(sumOf(deals.map((x) => x.amount)) / deals.length).to.be.within(190_000, 210_000);
  });

  it('passes the gauge schema as a pipeline and rejects a bad count', () => {
    expect(GaugeDataSchema.safeParse({ target: 1, actual: 0, pipeline: sampleDeals(2, 500, Q1) }).success).to.equal(true);
    expect(sampleDeals(2, 0, Q1)).to.deep.equal([]);
    expect(() => sampleDeals(2, -1, Q1)).to.throw(RangeError, /invalid count -1/);
    expect(() => sampleDeals(2, 10, Q1, { meanAmount: 0 })).to.throw(RangeError, /invalid meanAmount 0/);
  });
});

describe('sampleLeaderboard()', () => {
  it('is the leaderboard of sampleData with that many reps', () => {
    expect(sampleLeaderboard(9, 60, { locale: 'zh-CN' })).to.deep.equal(sampleData(9, { reps: 60, locale: 'zh-CN' }).leaderboard);
  });

  it('takes the first reps of a 16-rep sample below 16, renumbering previous ranks', () => {
    const board = sampleLeaderboard(9, 5);
    expect(LeaderboardDataSchema.safeParse(board).success).to.equal(true);
    expect(board.entries.map((e) => e.id)).to.deep.equal(['rep-001', 'rep-002', 'rep-003', 'rep-004', 'rep-005']);
    const ranks = board.entries.map((e) => e.previousRank).filter((r) => r !== null).sort();
    expect(ranks).to.deep.equal(Array.from({ length: ranks.length }, (_, i) => i + 1));
    expect(sampleLeaderboard(9, 0).entries).to.deep.equal([]);
    expect(() => sampleLeaderboard(9, -1)).to.throw(RangeError, /invalid count -1/);
  });

  it('makes 100,000 valid entries with unique ids', () => {
    const board = sampleLeaderboard(1, 100_000);
    expect(board.entries.length).to.equal(100_000);
    expect(new Set(board.entries.map((e) => e.id)).size).to.equal(100_000);
  });
});

describe('sampleOrg()', () => {
  it('is the target tree of sampleData with that many reps', () => {
    expect(sampleOrg(3, 200, { locale: 'zh-CN' })).to.deep.equal(sampleData(3, { reps: 200, locale: 'zh-CN' }).targetTree);
    expect(TargetNodeSchema.safeParse(sampleOrg(3, 10_000)).success).to.equal(true);
  });
});
