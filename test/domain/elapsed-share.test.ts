import { expect } from 'chai';
import fc from 'fast-check';
import { elapsedShare, dateOfDay, dayNumber } from '../../packages/domain/src/index.js';

const Q1 = { start: '2025-01-01', end: '2025-03-31' };

describe('elapsedShare()', () => {
  it('counts calendar days with both ends inclusive (45/90 at 14 Feb)', () => {
    expect(elapsedShare(Q1, '2025-02-14')).to.equal(0.5);
  });

  it('counts the first day of the period as elapsed', () => {
    expect(elapsedShare(Q1, '2025-01-01')).to.equal(1 / 90);
  });

  it('is 0 before the period and 1 on and after its last day', () => {
    expect(elapsedShare(Q1, '2024-12-31')).to.equal(0);
    expect(elapsedShare(Q1, '2025-03-31')).to.equal(1);
    expect(elapsedShare(Q1, '2026-01-01')).to.equal(1);
  });

  it('gives 1 for a one-day period from that day on and 0 before it', () => {
    const day = { start: '2025-06-02', end: '2025-06-02' };
    expect(elapsedShare(day, '2025-06-02')).to.equal(1);
    expect(elapsedShare(day, '2025-06-01')).to.equal(0);
  });

  it('counts Monday to Friday with workdays, minus holidays, plus extra working days', () => {
    // 2025-09-29 (Mon) .. 2025-10-12 (Sun): National Day week off, Sat 11 Oct worked.
    const period = { start: '2025-09-29', end: '2025-10-12' };
    const calendar = {
      workdays: true,
      holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
      extraWorkdays: ['2025-10-11'],
    };
    // Working days: 29, 30 Sep; 9, 10, 11 Oct = 5. By 8 Oct, 2 have passed.
    expect(elapsedShare(period, '2025-10-08', calendar)).to.equal(2 / 5);
    expect(elapsedShare(period, '2025-10-11', calendar)).to.equal(1);
  });

  it('falls back to calendar days when a period has no working day', () => {
    const weekend = { start: '2025-06-07', end: '2025-06-08' };
    expect(elapsedShare(weekend, '2025-06-07', { workdays: true })).to.equal(0.5);
  });

  it('rejects dates that do not exist and periods that end before they start', () => {
    expect(() => elapsedShare(Q1, '2025-02-30')).to.throw(RangeError, /invalid date "2025-02-30"/);
    expect(() => elapsedShare({ start: '2025-02-01', end: '2025-01-01' }, '2025-01-15')).to.throw(RangeError, /end is before start/);
  });

  it('stays in [0, 1] and never decreases as asOf moves later', () => {
    const day = fc.integer({ min: dayNumber('2020-01-01'), max: dayNumber('2030-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), day, fc.integer({ min: 0, max: 60 }), fc.boolean(), (s, len, a, step, workdays) => {
        const period = { start: dateOfDay(s), end: dateOfDay(s + len) };
        const calendar = { workdays };
        const x = elapsedShare(period, dateOfDay(a), calendar);
        const y = elapsedShare(period, dateOfDay(a + step), calendar);
        return x >= 0 && x <= 1 && y >= x;
      }),
    );
  });

  it('stays in [0, 1] and monotone with random holidays and extra working days, and matches a day-by-day count', () => {
    const start = dayNumber('2025-01-01');
    const someDay = fc.integer({ min: start, max: start + 120 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.uniqueArray(someDay, { maxLength: 20 }), fc.uniqueArray(someDay, { maxLength: 10 }), someDay, fc.integer({ min: 0, max: 30 }),
        (len, holidayDays, extraDays, a, step) => {
          const period = { start: dateOfDay(start), end: dateOfDay(start + len) };
          const calendar = { workdays: true, holidays: holidayDays.map(dateOfDay), extraWorkdays: extraDays.map(dateOfDay) };
          const x = elapsedShare(period, dateOfDay(a), calendar);
          const y = elapsedShare(period, dateOfDay(a + step), calendar);
          // Day by day: Mon–Fri or an extra working day, and not a holiday (an extra working day wins over a holiday).
          const works = (d: number): boolean => {
            const weekday = new Date(d * 86_400_000).getUTCDay();
            return extraDays.includes(d) || (weekday >= 1 && weekday <= 5 && !holidayDays.includes(d));
          };
          let total = 0;
          let done = 0;
          for (let d = start; d <= start + len; d++) if (works(d)) { total++; if (d <= a) done++; }
          const expected = total === 0 ? x : done / total;
          return x >= 0 && x <= 1 && y >= x && Math.abs(x - expected) < 1e-12;
        }),
    );
  });
});
