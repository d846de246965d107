import { expect } from 'chai';
import fc from 'fast-check';
import {
  DEFAULT_FORECAST_OPTIONS, DEFAULT_STAGE_PROBABILITIES, dateOfDay, dayNumber, forecast, pipelineForecast,
  runRateForecast, seasonalForecast, type ForecastDeal, type ForecastInput,
} from '../../packages/domain/src/index.js';

const Q1 = { start: '2025-01-01', end: '2025-03-31' };
/** Mid-Q1: 45 of 90 days elapsed. */
const MID: ForecastInput = { target: 1200, actual: 500, period: Q1, asOf: '2025-02-14' };

const DEALS: ForecastDeal[] = [
  { amount: 100, probability: 0.5, closeDate: '2025-03-01' }, // counts: 50
  { amount: 200, stage: 'negotiation', closeDate: '2025-03-31' }, // last day counts: 0.75 → 150
  { amount: 400, stage: 'proposal' }, // no close date counts: 0.5 → 200
  { amount: 1000, probability: 0.9, closeDate: '2025-04-01' }, // after the period
  { amount: 1000, probability: 0.9, closeDate: '2024-12-31' }, // before the period
  { amount: 50, stage: 'mystery' }, // unknown stage: probability 0
  { amount: 300, probability: 0.2, closeDate: '2025-02-01' }, // overdue but in the period: 60
];

describe('forecast()', () => {
  it('extrapolates the run-rate as actual / elapsed share, ±20% on the remainder', () => {
    const f = forecast(MID);
    expect(f.elapsed).to.equal(0.5);
    expect(f.phase).to.equal('during');
    expect(f.runRate).to.deep.equal({ value: 1000, low: 900, high: 1100, method: 'runRate' });
    expect(f.best).to.deep.equal({ value: 1000, low: 900, high: 1100, method: 'runRate', attainment: 1000 / 1200 });
    expect(forecast(MID, { spread: 0.5 }).runRate).to.include({ low: 750, high: 1250 });
  });

  it('takes the run-rate as best, not the bare actual, when no deal of the pipeline can close in the period', () => {
    expect(forecast({ ...MID, pipeline: [] }).best).to.include({ method: 'runRate', value: 1000 });
    const late = forecast({ ...MID, pipeline: [{ amount: 900, probability: 0.9, closeDate: '2025-05-01' }] });
    expect(late.pipeline).to.include({ deals: 0, value: 500 });
    expect(late.best.method).to.equal('runRate');
    expect(forecast({ ...MID, pipeline: [{ amount: 100, probability: 0.5 }] }).best).to.include({ method: 'pipeline', value: 550 });
  });

  it('counts working days for the run-rate with a workday calendar', () => {
    // 2025-06-02 (Mon) .. 2025-06-15 (Sun): 10 working days; by Fri 6 June, 5 have passed.
    const f = forecast({ target: 100, actual: 40, period: { start: '2025-06-02', end: '2025-06-15' }, asOf: '2025-06-06', calendar: { workdays: true } });
    expect(f.elapsed).to.equal(0.5);
    expect(f.runRate.value).to.equal(80);
  });

  it('weights open deals closing inside the period by probability, stage default or 0', () => {
    const p = forecast({ ...MID, pipeline: DEALS }).pipeline!;
    // weighted 50 + 150 + 200 + 0 + 60 = 460; variance 100²·.25 + 200²·.75·.25 + 400²·.25 + 300²·.2·.8 = 64,400.
    const zSigma = 1.2816 * Math.sqrt(64_400);
    expect(p).to.include({ method: 'pipeline', deals: 5, weighted: 460, openAmount: 1000 });
    expect(p.value).to.equal(960);
    expect(p.low).to.be.closeTo(960 - zSigma, 1e-9);
    expect(p.high).to.be.closeTo(960 + zSigma, 1e-9);
    expect(p.low).to.be.closeTo(634.766, 1e-3);
  });

  it('drops overdue deals with includeOverdue: false', () => {
    const p = forecast({ ...MID, pipeline: DEALS }, { includeOverdue: false }).pipeline!;
    expect(p).to.include({ value: 900, deals: 4, weighted: 400, openAmount: 700 });
    expect(p.low).to.be.closeTo(900 - 1.2816 * Math.sqrt(50_000), 1e-9);
  });

  it('excludes deals closing before or after the period', () => {
    const outside = [
      { amount: 1000, probability: 1, closeDate: '2025-04-01' },
      { amount: 1000, probability: 1, closeDate: '2024-12-31' },
    ];
    expect(forecast({ ...MID, pipeline: outside }).pipeline).to.deep.equal({
      value: 500, low: 500, high: 500, method: 'pipeline', deals: 0, openAmount: 0, weighted: 0,
    });
  });

  it('skips deals without a positive amount', () => {
    const pipeline = [{ amount: 0, probability: 1 }, { amount: -100, probability: 1 }, { amount: 100, probability: 1 }];
    expect(forecast({ ...MID, pipeline }).pipeline).to.include({ deals: 1, weighted: 100, value: 600 });
  });

  it('still counts deals closing on the last day when asOf is that day', () => {
    const f = forecast({ ...MID, asOf: '2025-03-31', pipeline: [{ amount: 100, probability: 0.5, closeDate: '2025-03-31' }] });
    expect(f.phase).to.equal('during');
    expect(f.pipeline).to.include({ value: 550, deals: 1 });
  });

  it('clamps the pipeline range to [actual, actual + open amount]', () => {
    // One deal of 100 at 50%: 50 ± 1.2816 · 50 would leave [0, 100].
    const p = forecast({ ...MID, actual: 0, pipeline: [{ amount: 100, probability: 0.5 }] }).pipeline!;
    expect(p).to.include({ value: 50, low: 0, high: 100 });
  });

  it('takes stage probabilities from the option, merged over the defaults', () => {
    expect(DEFAULT_STAGE_PROBABILITIES).to.deep.equal({ lead: 0.1, opportunity: 0.25, proposal: 0.5, negotiation: 0.75, won: 1 });
    const pipeline = [{ amount: 100, stage: 'proposal' }, { amount: 100, stage: 'demo' }, { amount: 100, stage: 'lead' }];
    const p = forecast({ ...MID, pipeline }, { stageProbabilities: { demo: 0.3, proposal: 0.6 } }).pipeline!;
    expect(p.weighted).to.be.closeTo(60 + 30 + 10, 1e-9);
  });

  it('widens or narrows the pipeline range with z', () => {
    const pipeline = [{ amount: 100, probability: 0.5 }, { amount: 100, probability: 0.5 }];
    // mean 100 above actual, σ = √(2 · 2500) ≈ 70.71.
    expect(forecast({ ...MID, pipeline }, { z: 0 }).pipeline).to.include({ low: 600, high: 600 });
    expect(forecast({ ...MID, pipeline }, { z: 1 }).pipeline!.low).to.be.closeTo(600 - Math.sqrt(5000), 1e-9);
  });

  it("scales the actual by prior seasons' share reached by this point", () => {
    const history = [
      { total: 1000, reached: 400 },
      { total: 2000, reached: 1000 },
      { total: 0, reached: 5 }, // no total: skipped
      { total: 500, reached: 0 }, // nothing reached: skipped
    ];
    const s = forecast({ ...MID, actual: 450, history }).seasonal!;
    expect(s).to.include({ method: 'seasonal', seasons: 2, low: 900, high: 1125 });
    expect(s.share).to.be.closeTo(0.45, 1e-12);
    expect(s.value).to.be.closeTo(1000, 1e-9);
  });

  it('has no seasonal forecast without history or with every share 0', () => {
    expect(forecast(MID)).to.not.have.property('seasonal');
    expect(forecast({ ...MID, history: [{ total: 100, reached: 0 }] })).to.not.have.property('seasonal');
    expect(seasonalForecast(100, [])).to.equal(null);
    expect(forecast(MID)).to.not.have.property('pipeline');
  });

  it('prefers pipeline, then seasonal, then run-rate, unless a method is asked for', () => {
    const history = [{ total: 1000, reached: 400 }];
    const all = { ...MID, pipeline: DEALS, history };
    expect(forecast(all).best).to.include({ method: 'pipeline', value: 960, attainment: 0.8 });
    expect(forecast({ ...MID, history }).best).to.include({ method: 'seasonal', value: 1250 });
    expect(forecast(all, { method: 'runRate' }).best).to.include({ method: 'runRate', value: 1000 });
    expect(forecast(all, { method: 'seasonal' }).best).to.include({ method: 'seasonal', value: 1250 });
    // Asked for a method the input cannot give: the auto order decides.
    expect(forecast({ ...MID, pipeline: DEALS }, { method: 'seasonal' }).best.method).to.equal('pipeline');
    expect(DEFAULT_FORECAST_OPTIONS.method).to.equal('auto');
  });

  it('gives no attainment for a target of 0', () => {
    expect(forecast({ ...MID, target: 0 }).best.attainment).to.equal(null);
  });

  it('does not extrapolate before the period starts, but still weighs the pipeline', () => {
    const f = forecast({ target: 1000, actual: 0, period: Q1, asOf: '2024-12-20', pipeline: [{ amount: 400, probability: 0.5 }] });
    expect(f).to.include({ phase: 'before', elapsed: 0 });
    expect(f.runRate).to.deep.equal({ value: 0, low: 0, high: 0, method: 'runRate' });
    expect(f.pipeline).to.include({ value: 200 });
  });

  it('keeps the actual as every forecast after the period ends', () => {
    const f = forecast({ target: 1000, actual: 1300, period: Q1, asOf: '2025-04-10', pipeline: DEALS, history: [{ total: 10, reached: 5 }] });
    expect(f).to.include({ phase: 'after', elapsed: 1 });
    for (const r of [f.runRate, f.pipeline!, f.seasonal!, f.best]) expect(r).to.include({ value: 1300, low: 1300, high: 1300 });
    expect(f.best.method).to.equal('pipeline');
  });

  it('makes the run-rate the actual on the last day of the period', () => {
    expect(forecast({ ...MID, asOf: '2025-03-31' }).runRate).to.include({ value: 500, low: 500, high: 500 });
  });

  it('rejects bad dates, a non-finite actual and bad options', () => {
    expect(() => forecast({ ...MID, asOf: '2025-02-30' })).to.throw(RangeError, /invalid date "2025-02-30"/);
    expect(() => forecast({ ...MID, actual: NaN })).to.throw(RangeError, /invalid actual/);
    expect(() => forecast(MID, { spread: 1.5 })).to.throw(RangeError, /invalid spread 1.5/);
    expect(() => forecast(MID, { z: -1 })).to.throw(RangeError, /invalid z -1/);
    // @ts-expect-error an unknown method
    expect(() => forecast(MID, { method: 'magic' })).to.throw(RangeError, /invalid method "magic"/);
  });

  it('goes through a million deals in one pass', () => {
    const deals: ForecastDeal[] = [];
    for (let i = 0; i < 1_000_000; i++) {
      deals.push({ amount: 2, probability: 0.5, stage: 'proposal', closeDate: i % 4 === 0 ? '2025-04-02' : '2025-03-02' });
    }
    const p = pipelineForecast(0, deals, Q1, '2025-02-14');
    expect(p).to.include({ deals: 750_000, weighted: 750_000, openAmount: 1_500_000 });
  });

  const day = fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2026-12-31') });
  const deal = fc.record(
    {
      amount: fc.double({ min: 0, max: 1e6, noNaN: true }),
      probability: fc.double({ min: 0, max: 1, noNaN: true }),
      stage: fc.constantFrom('lead', 'opportunity', 'proposal', 'negotiation', 'won', 'other'),
      closeDate: day.map(dateOfDay),
    },
    { requiredKeys: ['amount'] },
  );
  const season = fc.record({ total: fc.double({ min: 0, max: 1e6, noNaN: true }), reached: fc.double({ min: 0, max: 1e6, noNaN: true }) });
  const input = fc.record({
    actual: fc.double({ min: 0, max: 1e7, noNaN: true }),
    start: day,
    length: fc.integer({ min: 0, max: 400 }),
    asOf: day,
    workdays: fc.boolean(),
    pipeline: fc.option(fc.array(deal, { maxLength: 30 }), { nil: undefined }),
    history: fc.option(fc.array(season, { maxLength: 5 }), { nil: undefined }),
  });

  it('keeps low ≤ value ≤ high for every method and run-rate ≥ actual (property)', () => {
    fc.assert(
      fc.property(input, (x) => {
        const f = forecast({
          target: 1000,
          actual: x.actual,
          period: { start: dateOfDay(x.start), end: dateOfDay(x.start + x.length) },
          asOf: dateOfDay(x.asOf),
          calendar: { workdays: x.workdays },
          pipeline: x.pipeline,
          history: x.history,
        });
        const ranges = [f.runRate, f.pipeline, f.seasonal, f.best].filter((r) => r !== undefined);
        return (
          ranges.every((r) => r.low <= r.value && r.value <= r.high) &&
          f.runRate.value >= x.actual && f.runRate.low >= x.actual &&
          (f.pipeline === undefined || f.pipeline.low >= x.actual)
        );
      }),
    );
  });

  it('never lets the run-rate fall below the actual (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (actual, elapsed) => {
        const r = runRateForecast(actual, elapsed);
        return r.value >= actual && r.low >= actual && r.low <= r.value && r.value <= r.high;
      }),
    );
  });
});
