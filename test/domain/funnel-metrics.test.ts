import { expect } from 'chai';
import fc from 'fast-check';
import {
  DEFAULT_FUNNEL_OPTIONS, DEFAULT_STAGE_IDS, funnelMetrics, rankLossReasons, SEED_BENCHMARKS, type FunnelData,
} from '../../packages/domain/src/index.js';

const NAMES = ['Leads', 'Opportunities', 'Proposals', 'Negotiation', 'Won'];

/** The default five stages with the given counts. */
function funnel(counts: number[], extra: Partial<FunnelData> = {}): FunnelData {
  return { stages: counts.map((count, i) => ({ id: DEFAULT_STAGE_IDS[i]!, name: NAMES[i]!, count })), ...extra };
}

/** Stages `s0`, `s1`, … with the given counts. */
function stagesOf(cs: number[]) {
  return cs.map((count, i) => ({ id: `s${i}`, name: `S${i}`, count }));
}

describe('funnelMetrics()', () => {
  it('computes conversion from the previous stage and cumulative conversion from the top', () => {
    const m = funnelMetrics(funnel([1000, 400, 200, 120, 60]));
    expect(m.stages.map((s) => s.conversion)).to.deep.equal([null, 0.4, 0.5, 0.6, 0.5]);
    expect(m.stages.map((s) => s.cumulative)).to.deep.equal([1, 0.4, 0.2, 0.12, 0.06]);
    expect(m.stages.map((s) => s.id)).to.deep.equal(['lead', 'opportunity', 'proposal', 'negotiation', 'won']);
    expect(m.stages[0]).to.include({ name: 'Leads', count: 1000, amount: null, avgDays: null, dwellBenchmark: null, stalled: false });
  });

  it('exports the seed benchmarks and stage ids of the default funnel', () => {
    expect(DEFAULT_STAGE_IDS).to.deep.equal(['lead', 'opportunity', 'proposal', 'negotiation', 'won']);
    expect(SEED_BENCHMARKS).to.deep.equal([
      { from: 'opportunity', to: 'proposal', rate: 0.6 },
      { from: 'proposal', to: 'won', rate: 0.4 },
    ]);
    expect(DEFAULT_FUNNEL_OPTIONS.benchmarks).to.equal(SEED_BENCHMARKS);
  });

  it('finds the bottleneck against span benchmarks (a span may skip stages)', () => {
    // opportunity → proposal 200/400 = 50% (10 pp short of 60%); proposal → won 50/200 = 25% (15 pp short of 40%).
    const m = funnelMetrics(funnel([1000, 400, 200, 120, 50]));
    expect(m.spans.map((s) => [s.from, s.to, s.conversion])).to.deep.equal([['opportunity', 'proposal', 0.5], ['proposal', 'won', 0.25]]);
    expect(m.bottleneck).to.include({ from: 'proposal', to: 'won', conversion: 0.25, benchmark: 0.4, basis: 'benchmark' });
    expect(m.bottleneck!.shortfall).to.be.closeTo(0.15, 1e-12);
    expect(m.stages[4]!.benchmark).to.include({ from: 'proposal', to: 'won', meets: false });
    expect(m.stages[2]!.benchmark).to.include({ from: 'opportunity', to: 'proposal' });
    expect(m.stages[3]!.benchmark).to.equal(null);
  });

  it('breaks a tie in shortfall (within float noise) in favour of the earliest span', () => {
    // Both spans are 10 pp short: 0.6 − 0.5 and 0.4 − 0.3 differ only in the 17th digit.
    const m = funnelMetrics(funnel([1000, 400, 200, 120, 60]));
    expect(m.bottleneck).to.include({ from: 'opportunity', to: 'proposal' });
  });

  it('has no bottleneck when every benchmarked span meets its benchmark', () => {
    const m = funnelMetrics(funnel([1000, 400, 240, 150, 96])); // 60% and 40% exactly
    expect(m.spans.map((s) => s.meets)).to.deep.equal([true, true]);
    expect(m.bottleneck).to.equal(null);
    expect(m.highlights).to.deep.equal([]);
  });

  it('takes the lowest adjacent conversion when no benchmark is given at all', () => {
    const m = funnelMetrics(funnel([1000, 400, 200, 120, 60], { benchmarks: [] }));
    expect(m.spans).to.deep.equal([]);
    expect(m.bottleneck).to.deep.equal({ from: 'lead', to: 'opportunity', conversion: 0.4, basis: 'lowest-conversion' });
    expect(m.highlights).to.deep.equal([]);
  });

  it('breaks a tie in lowest conversion in favour of the earliest transition', () => {
    const m = funnelMetrics(funnel([100, 80, 40, 20], { benchmarks: [] }));
    expect(m.bottleneck).to.include({ from: 'opportunity', to: 'proposal', conversion: 0.5 });
  });

  it("prefers the data's benchmarks and uses options.benchmarks only when the data has none", () => {
    const options = { benchmarks: [{ from: 'lead', to: 'won', rate: 0.1 }] };
    const fromOptions = funnelMetrics(funnel([1000, 400, 200, 120, 60]), options);
    expect(fromOptions.bottleneck).to.include({ from: 'lead', to: 'won', conversion: 0.06, benchmark: 0.1 });
    const data = funnel([1000, 400, 200, 120, 60], { benchmarks: [{ from: 'lead', to: 'opportunity', rate: 0.5 }] });
    expect(funnelMetrics(data, options).bottleneck).to.include({ from: 'lead', to: 'opportunity', benchmark: 0.5 });
  });

  it('ignores benchmarks over unknown stages or running up the funnel, falling back to the lowest conversion', () => {
    const data = funnel([100, 50, 40], {
      benchmarks: [{ from: 'nowhere', to: 'proposal', rate: 0.9 }, { from: 'proposal', to: 'lead', rate: 0.9 }],
    });
    const m = funnelMetrics(data);
    expect(m.spans).to.deep.equal([]);
    expect(m.bottleneck).to.include({ from: 'lead', to: 'opportunity', basis: 'lowest-conversion' });
  });

  it('lets a span fall short by up to the tolerance', () => {
    const data = funnel([1000, 400, 200, 120, 50]);
    expect(funnelMetrics(data, { tolerance: 0.1 }).bottleneck).to.include({ from: 'proposal', to: 'won' });
    expect(funnelMetrics(data, { tolerance: 0.1 }).spans[0]!.meets).to.equal(true);
    expect(funnelMetrics(data, { tolerance: 0.15 }).bottleneck).to.equal(null);
    expect(() => funnelMetrics(data, { tolerance: -0.1 })).to.throw(RangeError, /invalid tolerance -0.1/);
  });

  it('computes the win rate as won / opportunities', () => {
    expect(funnelMetrics(funnel([1000, 400, 200, 120, 60])).winRate).to.equal(0.15);
    const custom = { stages: [{ id: 'a', name: 'A', count: 50 }, { id: 'b', name: 'B', count: 40 }, { id: 'c', name: 'C', count: 10 }] };
    expect(funnelMetrics(custom)).to.include({ winRate: 0.25, winFrom: 'b', wonStage: 'c' });
    const chosen = funnelMetrics(funnel([1000, 400, 200, 120, 60]), { winFrom: 'lead', wonStage: 'negotiation' });
    expect(chosen).to.include({ winRate: 0.12, winFrom: 'lead', wonStage: 'negotiation' });
    expect(() => funnelMetrics(custom, { winFrom: 'x' })).to.throw(RangeError, /invalid winFrom "x"/);
    expect(() => funnelMetrics(custom, { wonStage: 'y' })).to.throw(RangeError, /invalid wonStage "y"/);
  });

  it("divides by the stage 'opportunity' wherever it sits", () => {
    const stages = [
      { id: 'lead', name: 'Leads', count: 1000 },
      { id: 'qualified', name: 'Qualified', count: 500 },
      { id: 'opportunity', name: 'Opportunities', count: 200 },
      { id: 'won', name: 'Won', count: 50 },
    ];
    expect(funnelMetrics({ stages })).to.include({ winRate: 0.25, winFrom: 'opportunity', wonStage: 'won' });
  });

  it('has no win rate when there are no opportunities', () => {
    expect(funnelMetrics(funnel([10, 0, 0, 0, 0])).winRate).to.equal(null);
  });

  it('counts, merges and ranks loss reasons by count, then amount, then reason', () => {
    const lost = [
      { reason: 'price', count: 30, amount: 300 },
      { reason: 'timing', count: 50 },
      { reason: 'price', count: 20, amount: 100 },
      { reason: 'competitor', count: 50, amount: 900 },
      { reason: 'budget', count: 50 },
      { reason: 'no reply', count: 10, amount: 5000 },
    ];
    const m = funnelMetrics(funnel([100, 50], { lost }));
    expect(m.lossReasons.map((r) => [r.reason, r.count, r.amount, r.share])).to.deep.equal([
      ['competitor', 50, 900, 50 / 210],
      ['price', 50, 400, 50 / 210],
      ['budget', 50, null, 50 / 210],
      ['timing', 50, null, 50 / 210],
      ['no reply', 10, 5000, 10 / 210],
    ]);
    expect(m.totals).to.include({ lostCount: 210, lostAmount: 6300 });
  });

  it('gives loss shares of null when nothing was lost', () => {
    expect(rankLossReasons([{ reason: 'price', count: 0 }])).to.deep.equal([{ reason: 'price', count: 0, amount: null, share: null }]);
    expect(rankLossReasons()).to.deep.equal([]);
  });

  it('emits conversion-below-benchmark (critical on the bottleneck) and stage-stalled highlights', () => {
    const data = funnel([1000, 400, 200, 120, 50]);
    data.stages[3] = { ...data.stages[3]!, avgDays: 30, dwellBenchmark: 21 };
    data.stages[2] = { ...data.stages[2]!, avgDays: 10, dwellBenchmark: 14 };
    const m = funnelMetrics(data);
    expect(m.stages.map((s) => s.stalled)).to.deep.equal([false, false, false, true, false]);
    expect(m.highlights.map((h) => [h.code, h.severity, h.subject.id, h.subject.from])).to.deep.equal([
      ['conversion-below-benchmark', 'critical', 'won', 'proposal'],
      ['conversion-below-benchmark', 'warning', 'proposal', 'opportunity'],
      ['stage-stalled', 'warning', 'negotiation', undefined],
    ]);
    const [critical, warning, stalled] = m.highlights;
    expect(critical).to.include({ value: 0.25, expected: 0.4 });
    expect(critical!.message).to.equal('Proposals → Won converts 25%, 15 pp below the 40% benchmark');
    expect(warning!.message).to.equal('Opportunities → Proposals converts 50%, 10 pp below the 60% benchmark');
    expect(stalled).to.include({ value: 30, expected: 21 });
    expect(stalled!.message).to.equal('Negotiation deals wait 30 days on average, longer than the 21-day benchmark');
  });

  it('writes highlight sentences in Chinese for zh-CN', () => {
    const stages = [
      { id: 'opportunity', name: '商机', count: 400 },
      { id: 'proposal', name: '方案', count: 200, avgDays: 20, dwellBenchmark: 14 },
    ];
    const m = funnelMetrics({ stages }, { locale: 'zh-CN' });
    expect(m.highlights.map((h) => h.message)).to.deep.equal([
      '商机→方案转化率50%,低于基准60%(差10个百分点)',
      '方案阶段平均停留20天,超过基准14天',
    ]);
  });

  it('sums the amounts the widget shows', () => {
    const data = funnel([100, 40, 20]);
    data.stages[0] = { ...data.stages[0]!, amount: 1000 };
    data.stages[2] = { ...data.stages[2]!, amount: 300 };
    const m = funnelMetrics(data);
    expect(m.stages.map((s) => s.amount)).to.deep.equal([1000, null, 300]);
    expect(m.totals).to.deep.equal({ amount: 1300, wonCount: 20, wonAmount: 300, lostCount: 0, lostAmount: null });
  });

  it('returns an empty result for no stages and a minimal one for a single stage, without throwing', () => {
    const empty = funnelMetrics({ stages: [] });
    expect(empty).to.deep.include({ stages: [], spans: [], bottleneck: null, winRate: null, winFrom: null, wonStage: null, highlights: [] });
    expect(empty.totals).to.deep.equal({ amount: null, wonCount: 0, wonAmount: null, lostCount: 0, lostAmount: null });
    const one = funnelMetrics({ stages: [{ id: 'lead', name: 'Leads', count: 7 }] });
    expect(one.stages.map((s) => [s.conversion, s.cumulative])).to.deep.equal([[null, 1]]);
    expect(one).to.include({ bottleneck: null, winRate: null });
  });

  it('gives null conversions after a stage with 0 and null cumulatives when the top is 0', () => {
    const m = funnelMetrics(funnel([10, 0, 5], { benchmarks: [] }));
    expect(m.stages.map((s) => s.conversion)).to.deep.equal([null, 0, null]);
    expect(m.stages.map((s) => s.cumulative)).to.deep.equal([1, 0, 0.5]);
    expect(m.bottleneck).to.include({ from: 'lead', to: 'opportunity', conversion: 0 });
    const zeros = funnelMetrics(funnel([0, 0, 0]));
    expect(zeros.stages.map((s) => [s.conversion, s.cumulative])).to.deep.equal([[null, null], [null, null], [null, null]]);
    expect(zeros).to.include({ bottleneck: null, winRate: null });
  });

  it('leaves a span whose first stage is empty unjudged: no highlight, no bottleneck', () => {
    const m = funnelMetrics(funnel([100, 0, 0, 0, 0]));
    expect(m.spans.map((s) => [s.conversion, s.shortfall, s.meets])).to.deep.equal([[null, null, null], [null, null, null]]);
    expect(m.bottleneck).to.equal(null);
    expect(m.highlights).to.deep.equal([]);
  });

  it('allows counts that grow down the funnel (conversion above 1)', () => {
    const m = funnelMetrics(funnel([10, 20, 15], { benchmarks: [] }));
    expect(m.stages.map((s) => s.conversion)).to.deep.equal([null, 2, 0.75]);
    expect(m.stages.map((s) => s.cumulative)).to.deep.equal([1, 2, 1.5]);
    expect(m.bottleneck).to.include({ from: 'opportunity', to: 'proposal', conversion: 0.75 });
  });

  const counts = fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 8 });

  it('keeps every conversion in [0, ∞) or null (property)', () => {
    fc.assert(
      fc.property(counts, (cs) => {
        const m = funnelMetrics({ stages: stagesOf(cs) });
        return m.stages.every((s) => s.conversion === null || (s.conversion >= 0 && s.conversion < Infinity));
      }),
    );
  });

  it('makes cumulative the product of conversions when no count is 0 (property)', () => {
    const positive = fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(positive, (cs) => {
        const m = funnelMetrics({ stages: stagesOf(cs) });
        let product = 1;
        return m.stages.every((s, i) => {
          if (i > 0) product *= s.conversion!;
          return Math.abs(s.cumulative! - product) <= 1e-9 * Math.max(1, product);
        });
      }),
    );
  });

  it('picks the lowest conversion, earliest on ties, without benchmarks (property)', () => {
    fc.assert(
      fc.property(counts, (cs) => {
        const m = funnelMetrics({ stages: stagesOf(cs), benchmarks: [] });
        const conversions = m.stages.map((s) => s.conversion).filter((c): c is number => c !== null);
        if (conversions.length === 0) return m.bottleneck === null;
        const lowest = Math.min(...conversions);
        const first = m.stages.findIndex((s) => s.conversion !== null && s.conversion <= lowest + 1e-9);
        return m.bottleneck !== null && m.bottleneck.to === m.stages[first]!.id && m.bottleneck.conversion === m.stages[first]!.conversion;
      }),
    );
  });

  it('has a bottleneck exactly when some benchmarked span falls short, the largest shortfall (property)', () => {
    const benchmark = fc.record({ from: fc.nat(7), to: fc.nat(7), rate: fc.double({ min: 0, max: 2, noNaN: true }) });
    fc.assert(
      fc.property(counts, fc.array(benchmark, { maxLength: 4 }), (cs, bs) => {
        const benchmarks = bs.map((b) => ({ from: `s${b.from}`, to: `s${b.to}`, rate: b.rate }));
        const m = funnelMetrics({ stages: stagesOf(cs), benchmarks });
        if (m.spans.length === 0) return true; // falls back to the lowest conversion (property above)
        const failing = m.spans.filter((s) => s.meets === false);
        if (failing.length === 0) return m.bottleneck === null;
        const worst = Math.max(...failing.map((s) => s.shortfall!));
        return m.bottleneck !== null && m.bottleneck.shortfall! >= worst - 1e-9 &&
          m.highlights.filter((h) => h.severity === 'critical').length >= 1;
      }),
    );
  });
});
