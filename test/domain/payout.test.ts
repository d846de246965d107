import { expect } from 'chai';
import fc from 'fast-check';
import { DEFAULT_PAYOUT_PLAN, payout } from '../../packages/domain/src/index.js';

const TARGET = 100_000;
const near = (x: number) => (y: number) => expect(y).to.be.closeTo(x, 1e-6);
const bonusAt = (share: number) => payout({ bonus: 10_000 }, { actual: share * TARGET, target: TARGET });
const at = (share: number) => payout({ baseRate: 0.03, bonus: 1_000 }, { actual: share * TARGET, target: TARGET });

describe('payout()', () => {
  // Default plan: 2% up to target, 3% from 100% to 120%, 4% above (达标前2%,达标后3%,超额4%).
  const marginal: [number, number, number[]][] = [
    // attainment, commission, revenue per bracket
    [0.5, 1_000, [50_000, 0, 0]], // 50,000 × 2%
    [0.8, 1_600, [80_000, 0, 0]], // 80,000 × 2%
    [1.0, 2_000, [100_000, 0, 0]], // 100,000 × 2%
    [1.1, 2_300, [100_000, 10_000, 0]], // 2,000 + 10,000 × 3%
    [1.2, 2_600, [100_000, 20_000, 0]], // 2,000 + 20,000 × 3%
    [1.5, 3_800, [100_000, 20_000, 30_000]], // 2,000 + 600 + 30,000 × 4%
  ];
  for (const [share, commission, revenue] of marginal) {
    const actual = Math.round(share * TARGET);
    it(`pays marginal brackets like tax brackets at ${actual / 1000}% (${commission})`, () => {
      const r = payout({}, { actual, target: TARGET });
      expect(r.method).to.equal('marginal');
      near(commission)(r.commission);
      r.brackets.forEach((b, i) => near(revenue[i]!)(b.revenue));
      near(commission / actual)(r.effectiveRate);
    });
  }

  const accelerated: [number, number, number][] = [
    // attainment, commission, reached bracket
    [0.5, 1_000, 0], // 50,000 × 2%
    [0.8, 1_600, 0], // 80,000 × 2%
    [1.0, 3_000, 1], // 100,000 × 3%: exactly at target reaches the 3% bracket
    [1.1, 3_300, 1], // 110,000 × 3%
    [1.2, 4_800, 2], // 120,000 × 4%
    [1.5, 6_000, 2], // 150,000 × 4%
  ];
  for (const [share, commission, reached] of accelerated) {
    const actual = Math.round(share * TARGET);
    it(`applies the reached bracket's rate to all revenue in accelerated mode at ${actual / 1000}% (${commission})`, () => {
      const r = payout({ mode: 'accelerated' }, { actual, target: TARGET });
      expect(r.method).to.equal('accelerated');
      near(commission)(r.commission);
      expect(r.brackets.map((b) => b.revenue > 0)).to.deep.equal([0, 1, 2].map((i) => i === reached));
    });
  }

  it('counts float noise just under 100% as reaching target (0.3 / (0.1 + 0.2))', () => {
    const r = payout({ mode: 'accelerated' }, { actual: 0.3, target: 0.1 + 0.2 });
    expect(r.attainment).to.be.below(1);
    near(0.3 * 0.03)(r.commission);
    expect(r.tier!.id).to.equal('exceeded');
  });

  it('lists every bracket with its bounds as attainment, the top one open', () => {
    const r = payout({}, { actual: 150_000, target: TARGET });
    expect(r.brackets.map(({ from, to, rate }) => ({ from, to, rate }))).to.deep.equal([
      { from: 0, to: 1, rate: 0.02 },
      { from: 1, to: 1.2, rate: 0.03 },
      { from: 1.2, to: null, rate: 0.04 },
    ]);
    near(1_200)(r.brackets[2]!.commission);
  });

  it('multiplies the bonus by the tier: none below 80%, ×1, ×1.5 from 100%, ×2 from 120%', () => {
    expect(bonusAt(0.79).bonus).to.equal(0);
    expect(bonusAt(0.79).tier!.id).to.equal('below');
    expect(bonusAt(0.8).bonus).to.equal(10_000);
    expect(bonusAt(1).bonus).to.equal(15_000);
    expect(bonusAt(1.1).bonus).to.equal(15_000);
    expect(bonusAt(1.2).bonus).to.equal(20_000);
    const r = bonusAt(1.5);
    expect(r.bonus).to.equal(20_000);
    near(3_800 + 20_000)(r.total);
    near(3_800 / 150_000)(r.effectiveRate); // the bonus is not part of the rate
  });

  it('uses a flat base rate times the tier rate multiplier when the plan has baseRate', () => {
    near(1_500)(at(0.5).commission); // 50,000 × 3% × 1.0
    near(2_700)(at(0.9).commission); // 90,000 × 3% × 1.0
    near(3_600)(at(1).commission); // 100,000 × 3% × 1.2
    near(5_400)(at(1.2).commission); // 120,000 × 3% × 1.5
    const r = at(1.2);
    expect(r.method).to.equal('base-rate');
    expect(r.brackets).to.have.length(1);
    near(0.045)(r.brackets[0]!.rate);
    near(5_400 + 2_000)(r.total);
  });

  it('pays the first bracket on all revenue, with no tier and no bonus, when the target is 0', () => {
    for (const mode of ['marginal', 'accelerated'] as const) {
      const r = payout({ mode, bonus: 10_000 }, { actual: 50_000, target: 0 });
      expect(r.attainment).to.equal(null);
      expect(r.tier).to.equal(null);
      expect(r.bonus).to.equal(0);
      near(1_000)(r.commission);
      expect(r.brackets.map((b) => b.revenue)).to.deep.equal([50_000, 0, 0]);
    }
    near(1_500)(payout({ baseRate: 0.03 }, { actual: 50_000, target: 0 }).commission);
  });

  it('gives zero for zero revenue', () => {
    const r = payout({}, { actual: 0, target: TARGET });
    expect([r.commission, r.bonus, r.total, r.effectiveRate]).to.deep.equal([0, 0, 0, 0]);
  });

  it('rejects plans with unsorted brackets, negative rates or an unknown mode, and bad amounts', () => {
    expect(() => payout({ brackets: [{ from: 0, rate: 0.02 }, { from: 1.2, rate: 0.04 }, { from: 1, rate: 0.03 }] }, { actual: 1, target: 1 }))
      .to.throw(RangeError, /invalid payout bracket \{"from":1,"rate":0.03\}/);
    expect(() => payout({ brackets: [{ from: 0, rate: -0.01 }] }, { actual: 1, target: 1 })).to.throw(RangeError, /rate must be a number ≥ 0/);
    expect(() => payout({ brackets: [{ from: 0.5, rate: 0.01 }] }, { actual: 1, target: 1 })).to.throw(RangeError, /first must start at 0/);
    expect(() => payout({ brackets: [] }, { actual: 1, target: 1 })).to.throw(RangeError, /at least one/);
    expect(() => payout({ mode: 'linear' as never }, { actual: 1, target: 1 })).to.throw(RangeError, /invalid payout mode "linear"/);
    expect(() => payout({ baseRate: -1 }, { actual: 1, target: 1 })).to.throw(RangeError, /invalid base rate -1/);
    expect(() => payout({ bonus: NaN }, { actual: 1, target: 1 })).to.throw(RangeError, /invalid bonus NaN/);
    expect(() => payout({}, { actual: -5, target: 1 })).to.throw(RangeError, /invalid actual -5/);
    expect(() => payout({}, { actual: 1, target: Infinity })).to.throw(RangeError, /invalid target Infinity/);
  });

  it('keeps the default plan frozen', () => {
    expect(Object.isFrozen(DEFAULT_PAYOUT_PLAN)).to.equal(true);
    expect(DEFAULT_PAYOUT_PLAN.brackets.map((b) => b.rate)).to.deep.equal([0.02, 0.03, 0.04]);
  });

  it('never pays less for more revenue in marginal mode (total is monotone in actual)', () => {
    const amount = fc.double({ min: 0, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(amount, amount, fc.double({ min: 1, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 50_000 }), (x, y, target, bonus) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const a = payout({ bonus }, { actual: lo, target });
        const b = payout({ bonus }, { actual: hi, target });
        return b.total >= a.total && b.commission >= a.commission;
      }),
    );
  });

  it('makes the marginal commission the sum of revenue × rate with revenue adding up to actual', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), (actual, target) => {
        const r = payout({}, { actual, target });
        const revenue = r.brackets.reduce((s, b) => s + b.revenue, 0);
        return Math.abs(revenue - actual) <= 1e-6 * Math.max(1, actual) && r.commission <= actual * 0.04 + 1e-9 && r.commission >= actual * 0.02 - 1e-6;
      }),
    );
  });
});
