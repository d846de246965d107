import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, dateRange, inDateRange } from '../../packages/domain/src/index.js';

describe('dateRange() and inDateRange()', () => {
  it('includes both ends and nothing outside, by string order', () => {
    const q1 = dateRange('2025-01-01', '2025-03-31');
    const days = ['2024-12-31', '2025-01-01', '2025-02-14', '2025-03-31', '2025-04-01', '2025-12-01'];
    expect(days.map((d) => inDateRange(q1, d))).to.deep.equal([false, true, true, true, false, false]);
  });

  it('gives the same answer again for a remembered date, and for an equal string built at run time', () => {
    const q1 = dateRange('2025-01-01', '2025-03-31');
    expect([inDateRange(q1, '2025-02-14'), inDateRange(q1, '2025-02-14'), inDateRange(q1, ['2025', '02', '14'].join('-'))]).to.deep.equal([true, true, true]);
    expect([inDateRange(q1, '2025-05-14'), inDateRange(q1, '2025-05-14')]).to.deep.equal([false, false]);
  });

  it('compares any other string or value as JavaScript does', () => {
    const q1 = dateRange('2025-01-01', '2025-03-31');
    expect(['2025-02', '2025-02-14T10:00', '', 'x', '2025'].map((d) => inDateRange(q1, d))).to.deep.equal([true, true, false, false, false]);
    // A number (or a Date, as its time value) against a date string compares with NaN: neither before nor after.
    expect(inDateRange(q1, 20250214)).to.equal(true);
    expect(inDateRange(q1, new Date(2025, 5, 1))).to.equal(true);
    expect(inDateRange(q1, ['2025-02-14'])).to.equal(true); // an array compares as its string
  });

  it('answers every date of a long run, with slots overwritten, exactly as the two comparisons', () => {
    const date = fc.integer({ min: 0, max: 1500 }).map((k) => addDays('2024-01-01', k));
    fc.assert(
      fc.property(date, date, fc.array(fc.oneof(date, fc.string({ maxLength: 12 })), { maxLength: 400 }), (a, b, dates) => {
        const [first, last] = a <= b ? [a, b] : [b, a];
        const range = dateRange(first, last);
        for (const d of [...dates, ...dates]) expect(inDateRange(range, d)).to.equal(!(d < first || d > last));
      }),
    );
  });
});
