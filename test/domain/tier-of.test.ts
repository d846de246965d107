import { expect } from 'chai';
import fc from 'fast-check';
import { attainment, DEFAULT_TIERS, payout, reaches, tierOf } from '../../packages/domain/src/index.js';

describe('attainment()', () => {
  it('divides actual by target and gives null, not Infinity, for a target of 0', () => {
    expect(attainment(45, 90)).to.equal(0.5);
    expect(attainment(0, 100)).to.equal(0);
    expect(attainment(10, 0)).to.equal(null);
    expect(attainment(10, -5)).to.equal(null);
    expect(attainment(Number.NaN, 10)).to.equal(null);
  });
});

describe('tierOf()', () => {
  it('uses the tiers of DOMAIN.md §3 with inclusive lower bounds at 80, 100 and 120%', () => {
    const cases: [number, string][] = [[0, 'below'], [0.79, 'below'], [0.8, 'standard'], [0.99, 'standard'], [1, 'exceeded'], [1.19, 'exceeded'], [1.2, 'outstanding'], [3, 'outstanding']];
    for (const [att, id] of cases) expect(tierOf(att)?.id, String(att)).to.equal(id);
    expect(tierOf(1.2)).to.deep.include({ rateMultiplier: 1.5, bonusMultiplier: 2 });
    expect(tierOf(0.5)).to.deep.include({ rateMultiplier: 1, bonusMultiplier: 0 });
  });

  it('forgives float noise at a bound but never a real shortfall, however large the target', () => {
    expect(tierOf(0.3 / 0.375)?.id).to.equal('standard'); // 0.7999999999999999
    expect(tierOf(79_999_999.99 / 100_000_000)?.id).to.equal('below');
    expect(tierOf(99_999_999_999.99 / 100_000_000_000)?.id).to.equal('standard');
    expect(tierOf(119_999_999.99 / 100_000_000)?.id).to.equal('exceeded');
  });

  it('gives no tier without an attainment, and the lowest tier below every bound', () => {
    expect(tierOf(null)).to.equal(null);
    expect(tierOf(Number.NaN)).to.equal(null);
    expect(tierOf(-0.1)?.id).to.equal('below');
    expect(tierOf(0.5, [])).to.equal(null);
  });

  it('takes custom tiers in any order', () => {
    const tiers = [DEFAULT_TIERS[2]!, { ...DEFAULT_TIERS[1]!, min: 0.9 }, DEFAULT_TIERS[0]!];
    expect(tierOf(0.85, tiers)?.id).to.equal('below');
    expect(tierOf(0.9, tiers)?.id).to.equal('standard');
  });

  it('never falls to a lower tier as attainment grows', () => {
    const order = DEFAULT_TIERS.map((t) => t.id);
    fc.assert(fc.property(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, step) =>
      order.indexOf(tierOf(a + step)!.id) >= order.indexOf(tierOf(a)!.id)));
  });
});

describe('reaches()', () => {
  it('compares against a bound with an allowance relative to the bound', () => {
    expect(reaches(0.7999999999999999, 0.8)).to.equal(true);
    expect(reaches(0.7999999999, 0.8)).to.equal(false);
    expect(reaches(0.1 + 0.2, 0.3)).to.equal(true);
    expect(reaches((0.1 + 0.7) * 10 / 10 - 1e-15, 0.8)).to.equal(true);
    expect(reaches(0, 0)).to.equal(true);
    expect(reaches(-1e-9, 0)).to.equal(false);
  });
});

describe('payout() at tier bounds with large amounts', () => {
  it('pays no bonus and the base rate just under 80% and 100% of a 100,000,000 target', () => {
    expect(payout({ bonus: 10_000 }, { actual: 79_999_999.95, target: 1e8 }).bonus).to.equal(0);
    const accelerated = payout({ mode: 'accelerated' }, { actual: 99_999_999.95, target: 1e8 });
    expect(accelerated.commission).to.be.closeTo(99_999_999.95 * 0.02, 1e-6);
    expect(payout({ mode: 'accelerated' }, { actual: 1e8, target: 1e8 }).commission).to.be.closeTo(1e8 * 0.03, 1e-6);
  });
});
