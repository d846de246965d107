import { expect } from 'chai';
import { detectOutliers } from '../../packages/domain/src/index.js';

describe('detectOutliers()', () => {
  it('flags values whose robust z-score (median and MAD) is above 3.5, with the signed score', () => {
    const values = [100, 102, 98, 101, 99, 100, 180, 20];
    const found = detectOutliers(values);
    expect(found.map((o) => o.index)).to.deep.equal([6, 7]);
    expect(found[0]!.score).to.be.greaterThan(3.5);
    expect(found[1]!.score).to.be.lessThan(-3.5);
    // median 100, MAD 1: 0.6745 × 4 / 1 = 2.7 for 104 — not an outlier.
    expect(detectOutliers([100, 101, 99, 100, 101, 99, 104])).to.deep.equal([]);
  });

  it('falls back to the mean absolute deviation when more than half the values are equal, and finds none when all are', () => {
    expect(detectOutliers([5, 5, 5, 5, 5, 5, 50]).map((o) => o.index)).to.deep.equal([6]);
    expect(detectOutliers([7, 7, 7, 7, 7])).to.deep.equal([]);
  });

  it('needs minCount finite values, skips non-finite ones and keeps their indexes', () => {
    expect(detectOutliers([1, 1, 1, 100])).to.deep.equal([]);
    expect(detectOutliers([10, Number.NaN, 11, 9, 10, 10, 11, 9, 90]).map((o) => o.index)).to.deep.equal([8]);
  });

  it('follows a stricter or looser threshold', () => {
    const values = [100, 102, 98, 101, 99, 100, 104];
    expect(detectOutliers(values)).to.have.length(0);
    expect(detectOutliers(values, { threshold: 2 })).to.have.length(1);
  });
});
