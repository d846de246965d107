import { expect } from 'chai';
import fc from 'fast-check';
import { detectOutliers, lastOutlierScore } from '../../packages/domain/src/index.js';

/** What `lastOutlierScore` stands for: the last value's score among `detectOutliers`' findings. */
const reference = (history: number[], value: number, options = {}): number | null =>
  detectOutliers([...history, value], options).find((o) => o.index === history.length)?.score ?? null;

describe('lastOutlierScore()', () => {
  it('scores a value far above its history with the median and MAD', () => {
    // 98, 100, 100, 102 then 300: median 100, deviations 2, 0, 0, 2, 200 → MAD 2; score 200 / (2 / 0.6745).
    expect(lastOutlierScore([98, 100, 100, 102], 300)).to.equal(200 / (2 / 0.6745));
    expect(lastOutlierScore([98, 100, 100, 102], 20)).to.equal(-80 / (2 / 0.6745));
  });

  it('gives null when the value is usual, the series too short, or the value not finite', () => {
    expect(lastOutlierScore([96, 98, 100, 102, 104], 103)).to.equal(null);
    expect(lastOutlierScore([100, 100, 100], 300)).to.equal(null); // 4 values < minCount 5
    // With 4 values allowed: median 100, MAD 0, mean absolute deviation 50 → score 200 / (1.253314 × 50) ≈ 3.19.
    expect(lastOutlierScore([100, 100, 100], 300, { minCount: 4 })).to.equal(null);
    expect(lastOutlierScore([100, 100, 100], 300, { minCount: 4, threshold: 3 })).to.equal(200 / (1.253314 * 50));
    expect(lastOutlierScore([96, 98, 100, 102, 104], NaN)).to.equal(null);
    expect(lastOutlierScore([96, 98, 100, 102, 104], Infinity)).to.equal(null);
  });

  it('falls back to the mean absolute deviation when most values are equal, and gives null when all are', () => {
    // Median 100, MAD 0; deviations sum to 200 over 6 values → scale 1.253314 × 200 / 6.
    expect(lastOutlierScore([100, 100, 100, 100, 100], 300)).to.equal(200 / (1.253314 * (200 / 6)));
    expect(lastOutlierScore([100, 100, 100, 100, 100], 100)).to.equal(null);
  });

  it('skips non-finite history values as detectOutliers does', () => {
    const history = [96, NaN, 98, 100, Infinity, 102, 104];
    expect(lastOutlierScore(history, 300)).to.equal(reference(history, 300));
    expect(lastOutlierScore([NaN, NaN, NaN, NaN], 5)).to.equal(null);
  });

  it('equals detectOutliers’ score of the last value, bit for bit, on any series and options', () => {
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -5, max: 5 }), fc.constantFrom(0, -0, NaN, Infinity));
    const options = fc.record({ threshold: fc.double({ min: 0, max: 6, noNaN: true }), minCount: fc.integer({ min: 0, max: 8 }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), value, options, (history, last, o) => {
        expect(lastOutlierScore(history, last, o)).to.deep.equal(reference(history, last, o));
      }),
      { numRuns: 2000 },
    );
  });
});
