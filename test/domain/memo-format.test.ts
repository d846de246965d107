import { expect } from 'chai';
import fc from 'fast-check';
import { highlightMessage, memoFormat } from '../../packages/domain/src/index.js';

const pct = (locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
const num = (locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

describe('memoFormat()', () => {
  it('formats like the Intl format it wraps', () => {
    const f = memoFormat(pct('en-US'), 1000);
    expect([0.5, 0.1234, 0.1236, 1.2, 0].map(f)).to.deep.equal(['50%', '12.3%', '12.4%', '120%', '0%']);
  });

  it('formats each tenth of a percent once', () => {
    const calls: number[] = [];
    const counting = { format: (n: number) => (calls.push(n), `${Math.round(n * 1000) / 10}%`) } as unknown as Intl.NumberFormat;
    const f = memoFormat(counting, 1000);
    expect([0.12341, 0.12342, 0.1229, 0.12341].map(f)).to.deep.equal(['12.3%', '12.3%', '12.3%', '12.3%']);
    expect(calls).to.deep.equal([0.12341]);
  });

  it('leaves half-points, negative values, -0, non-finite and huge values to Intl', () => {
    const calls: number[] = [];
    const counting = { format: (n: number) => (calls.push(n), String(n)) } as unknown as Intl.NumberFormat;
    const f = memoFormat(counting, 1000);
    for (const n of [0.0145, 0.0145, -0.2, -0.2, -0, -0, NaN, Infinity, 2e6, 2e6]) f(n);
    expect(calls).to.have.length(10);
  });

  it('gives the same strings as Intl for any value, in both sample locales', () => {
    for (const locale of ['en-US', 'zh-CN']) {
      const p = pct(locale), n = num(locale);
      const mp = memoFormat(p, 1000), mn = memoFormat(n, 10);
      const value = fc.oneof(
        fc.double({ noNaN: false }),
        fc.double({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3000 }).map((k) => k / 1000 + 0.0005), // half-points of a percent's tenth
        fc.integer({ min: 0, max: 1e7 }).map((k) => k / 10 + 0.05),
      );
      fc.assert(fc.property(value, (v) => mp(v) === p.format(v) && mn(v) === n.format(v)), { numRuns: 2000 });
    }
  });
});

describe('highlightMessage()', () => {
  it('writes the same sentence for the same facts, however often it is asked', () => {
    const facts = { name: 'East', value: 0.41234, expected: 0.5 };
    const first = highlightMessage('behind-pace', facts);
    expect(first).to.equal('East is at 41.2% of target, behind the expected pace of 50%');
    expect(highlightMessage('behind-pace', { ...facts, value: 0.41249 })).to.equal(first);
    expect(highlightMessage('behind-pace', facts, 'zh-CN')).to.equal('East达成率41.2%,落后于预期进度50%');
  });
});
