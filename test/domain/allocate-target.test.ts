import { expect } from 'chai';
import fc from 'fast-check';
import { allocateTarget, largestRemainder } from '../../packages/domain/src/index.js';

const targets = (r: { allocations: { target: number }[] }): number[] => r.allocations.map((a) => a.target);
const sumOf = (values: number[]): number => values.reduce((s, v) => s + v, 0);

describe('allocateTarget()', () => {
  it('splits by explicit weights (product lines 60/30/10)', () => {
    const r = allocateTarget(1_000_000, [{ id: 'core', weight: 60 }, { id: 'new', weight: 30 }, { id: 'acc', weight: 10 }], { by: 'weight' });
    expect(r).to.deep.equal({
      reserve: 0,
      allocated: 1_000_000,
      allocations: [{ id: 'core', target: 600_000 }, { id: 'new', target: 300_000 }, { id: 'acc', target: 100_000 }],
    });
  });

  it('gives the leftover units to the largest remainders', () => {
    // 7 × 2/10, 3/10, 5/10 = 1.4, 2.1, 3.5 → 1, 2, 3 and the one left goes to the .5.
    expect(targets(allocateTarget(7, [{ id: 'a', weight: 2 }, { id: 'b', weight: 3 }, { id: 'c', weight: 5 }]))).to.deep.equal([1, 2, 4]);
  });

  it('gives equal remainders to the earlier part', () => {
    expect(targets(allocateTarget(100, [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }]))).to.deep.equal([34, 33, 33]);
    expect(targets(allocateTarget(11, [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }]))).to.deep.equal([4, 4, 3]);
  });

  it('splits by the sum of the last three history values', () => {
    const parts = [
      { id: 'east', history: [999, 100, 100, 100] }, // 999 is four years back: ignored
      { id: 'south', history: [50, 50, 50] },
      { id: 'north', history: [] },
    ];
    expect(targets(allocateTarget(900, parts, { by: 'history' }))).to.deep.equal([600, 300, 0]);
    // With four years: 1299 : 150 : 0 of 1449.
    expect(targets(allocateTarget(1449, parts, { by: 'history', years: 4 }))).to.deep.equal([1299, 150, 0]);
  });

  it('keeps a reserve given as an amount at the parent', () => {
    const r = allocateTarget(1000, [{ id: 'a', weight: 1 }, { id: 'b', weight: 2 }], { reserve: 100 });
    expect(r.reserve).to.equal(100);
    expect(r.allocated).to.equal(900);
    expect(targets(r)).to.deep.equal([300, 600]);
  });

  it('rounds a reserve given as a share up to the precision', () => {
    // 5% of 1003 is 50.15: the reserve becomes 51 so that 952 whole units are allocated.
    const r = allocateTarget(1003, [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }], { reserveShare: 0.05 });
    expect(r.reserve).to.equal(51);
    expect(targets(r)).to.deep.equal([476, 476]);
    expect(sumOf(targets(r)) + r.reserve).to.equal(1003);
  });

  it('rounds to the given number of decimals, and to thousands with a negative precision', () => {
    const equal = [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }];
    const cents = allocateTarget(100, equal, { precision: 2 });
    expect(targets(cents)).to.deep.equal([33.34, 33.33, 33.33]);
    expect(sumOf(targets(cents).map((t) => Math.round(t * 100)))).to.equal(10_000);
    expect(targets(allocateTarget(1_000_000, equal, { precision: -3 }))).to.deep.equal([334_000, 333_000, 333_000]);
  });

  it('lets the reserve absorb decimals of the total beyond the precision', () => {
    const r = allocateTarget(100.5, [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }]);
    expect(r.allocated).to.equal(100);
    expect(r.reserve).to.equal(0.5);
    expect(targets(r)).to.deep.equal([34, 33, 33]);
    expect(sumOf(targets(r)) + r.reserve).to.equal(100.5);
    // 12,345 in thousands: 12,000 allocated, 345 stays.
    const k = allocateTarget(12_345, [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }], { precision: -3 });
    expect([targets(k), k.reserve]).to.deep.equal([[6000, 6000], 345]);
    // 10.05 at one decimal: 10.0 allocated, and the reserve reads 0.05, not 0.04999999999999982.
    const c = allocateTarget(10.05, [{ id: 'a', weight: 1 }, { id: 'b', weight: 2 }], { precision: 1 });
    expect([targets(c), c.reserve]).to.deep.equal([[3.3, 6.7], 0.05]);
    expect(allocateTarget(10.05, [{ id: 'a', weight: 1 }], { precision: 1, reserve: 0.1 }).reserve).to.equal(0.15);
  });

  it('splits equally when every weight is 0 or missing, or every history empty', () => {
    expect(targets(allocateTarget(10, [{ id: 'a', weight: 0 }, { id: 'b', weight: 0 }, { id: 'c' }]))).to.deep.equal([4, 3, 3]);
    expect(targets(allocateTarget(10, [{ id: 'a' }, { id: 'b', history: [] }], { by: 'history' }))).to.deep.equal([5, 5]);
  });

  it('counts a missing weight as 0 when others have weights', () => {
    expect(targets(allocateTarget(10, [{ id: 'a' }, { id: 'b', weight: 1 }]))).to.deep.equal([0, 10]);
  });

  it('keeps everything in the reserve when there are no parts', () => {
    expect(allocateTarget(500, [], { reserve: 20 })).to.deep.equal({ reserve: 500, allocated: 0, allocations: [] });
  });

  it('rejects negative and non-finite input with the value in the message', () => {
    const parts = [{ id: 'a', weight: 1 }];
    expect(() => allocateTarget(-1, parts)).to.throw(RangeError, 'invalid total -1');
    expect(() => allocateTarget(Infinity, parts)).to.throw(RangeError, 'invalid total Infinity');
    expect(() => allocateTarget(10, [{ id: 'a', weight: NaN }])).to.throw(RangeError, 'invalid weight NaN of part "a"');
    expect(() => allocateTarget(10, [{ id: 'a', history: [1, -2] }], { by: 'history' })).to.throw(RangeError, 'invalid history value -2 of part "a"');
    expect(() => allocateTarget(10, parts, { reserve: -5 })).to.throw(RangeError, 'invalid reserve -5');
    expect(() => allocateTarget(10, parts, { reserve: 11 })).to.throw(RangeError, 'reserve 11 is above the total 10');
    expect(() => allocateTarget(10, parts, { reserveShare: 1.5 })).to.throw(RangeError, 'invalid reserveShare 1.5');
    expect(() => allocateTarget(10, parts, { reserve: 1, reserveShare: 0.1 })).to.throw(RangeError, 'not both');
    expect(() => allocateTarget(10, parts, { precision: 1.5 })).to.throw(RangeError, 'invalid precision 1.5');
    expect(() => allocateTarget(10, parts, { by: 'size' as 'weight' })).to.throw(RangeError, 'invalid by "size"');
    expect(() => allocateTarget(1e17, parts, { precision: 2 })).to.throw(RangeError, 'too large');
  });

  it('always adds up exactly, stays within one unit of each exact share and is deterministic', () => {
    const part = fc.record({ weight: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }) });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(part, { maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (units, precision, raw, reserveShare) => {
          const scale = 10 ** precision;
          const total = units / scale;
          const parts = raw.map((p, i) => ({ id: `p${i}`, weight: p.weight }));
          const r = allocateTarget(total, parts, { precision, reserveShare });
          const again = allocateTarget(total, parts, { precision, reserveShare });
          expect(again).to.deep.equal(r);
          const got = targets(r).map((t) => Math.round(t * scale));
          targets(r).forEach((t, i) => expect(t).to.equal(got[i]! / scale));
          // Exact in units of 10^-precision: the parts and the reserve give back the total.
          expect(sumOf(got)).to.equal(Math.round(r.allocated * scale));
          expect(sumOf(got) + Math.round(r.reserve * scale)).to.equal(units);
          if (precision === 0) expect(sumOf(targets(r)) + r.reserve).to.equal(total);
          const weights = parts.map((p) => p.weight ?? 0);
          const w = sumOf(weights);
          const exactShares = weights.map((x) => (w > 0 ? (Math.round(r.allocated * scale) * x) / w : Math.round(r.allocated * scale) / parts.length));
          got.forEach((g, i) => expect(Math.abs(g - exactShares[i]!)).to.be.below(1 + 1e-6));
        },
      ),
    );
  });
});

describe('largestRemainder()', () => {
  it('splits whole units that add up exactly', () => {
    expect(largestRemainder(10, [1, 1, 1])).to.deep.equal([4, 3, 3]);
    expect(largestRemainder(5, [0, 0])).to.deep.equal([3, 2]);
    expect(largestRemainder(3, [])).to.deep.equal([]);
    expect(largestRemainder(2, [1e308, 1e308])).to.deep.equal([1, 1]);
  });
});
