import { expect } from 'chai';
import { classifyTasks, quadrantTotals, sampleData } from '../../packages/domain/src/index.js';

describe('quadrantTotals()', () => {
  it('counts tasks and sums how much per quadrant, with done and overdue counts', () => {
    const totals = quadrantTotals([
      { quadrant: 'do', howMuch: 1200, overdue: true },
      { quadrant: 'do', howMuch: 300.5, done: true, overdue: false },
      { quadrant: 'schedule', overdue: false },
      { quadrant: 'drop', howMuch: 0, overdue: false },
    ]);
    expect(totals.do).to.deep.equal({ count: 2, howMuch: 1500.5, done: 1, overdue: 1 });
    expect(totals.schedule).to.deep.equal({ count: 1, howMuch: 0, done: 0, overdue: 0 });
    expect(totals.delegate).to.deep.equal({ count: 0, howMuch: 0, done: 0, overdue: 0 });
    expect(totals.drop).to.deep.equal({ count: 1, howMuch: 0, done: 0, overdue: 0 });
  });

  it('adds up to the whole sample board', () => {
    const tasks = classifyTasks(sampleData(7).tasks);
    const totals = quadrantTotals(tasks);
    const all = Object.values(totals);
    expect(all.reduce((n, t) => n + t.count, 0)).to.equal(tasks.length);
    expect(all.reduce((n, t) => n + t.howMuch, 0)).to.equal(tasks.reduce((n, t) => n + (t.howMuch ?? 0), 0));
    expect(all.reduce((n, t) => n + t.overdue, 0)).to.equal(2);
    expect(all.reduce((n, t) => n + t.done, 0)).to.equal(1);
  });

  it('rejects an unknown quadrant', () => {
    expect(() => quadrantTotals([{ quadrant: 'later' as never, overdue: false }])).to.throw(RangeError, 'invalid quadrant "later"');
  });
});
