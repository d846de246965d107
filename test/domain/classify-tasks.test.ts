import { expect } from 'chai';
import fc from 'fast-check';
import {
  classifyTasks, flagsOfQuadrant, QUADRANTS, quadrantOf, today, type Task, type TaskBoardData,
} from '../../packages/domain/src/index.js';

const AS_OF = '2025-06-10';
const board = (tasks: Task[]): TaskBoardData => ({ tasks, asOf: AS_OF });
const one = (task: Partial<Task>, options = {}) => classifyTasks(board([{ id: 't', title: 'Call ACME', ...task }]), options)[0]!;
const late = (when: string) => one({ when }).highlights;

describe('classifyTasks()', () => {
  it('puts urgent & important in do, important in schedule, urgent in delegate, neither in drop', () => {
    const tasks = classifyTasks(board([
      { id: 'a', title: 'A', urgent: true, important: true },
      { id: 'b', title: 'B', urgent: false, important: true },
      { id: 'c', title: 'C', urgent: true, important: false },
      { id: 'd', title: 'D', urgent: false, important: false },
    ]));
    expect(tasks.map((t) => t.quadrant)).to.deep.equal(['do', 'schedule', 'delegate', 'drop']);
    expect(tasks.map((t) => t.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(tasks.every((t) => t.urgentSource === 'flag' && t.importantSource === 'flag')).to.equal(true);
  });

  it('derives urgency from a due date within 3 days of asOf, counting today and overdue tasks', () => {
    const due = (when: string) => one({ when });
    expect(due('2025-06-13')).to.include({ urgent: true, urgentSource: 'due', daysLeft: 3, overdue: false });
    expect(due('2025-06-14')).to.include({ urgent: false, urgentSource: 'due', daysLeft: 4 });
    expect(due('2025-06-10')).to.include({ urgent: true, daysLeft: 0, overdue: false });
    expect(due('2025-06-01')).to.include({ urgent: true, daysLeft: -9, overdue: true });
    expect(one({})).to.include({ urgent: false, urgentSource: 'none', daysLeft: null, overdue: false });
  });

  it('takes urgentWithinDays from the options', () => {
    expect(one({ when: '2025-06-17' }, { urgentWithinDays: 7 }).urgent).to.equal(true);
    expect(one({ when: '2025-06-11' }, { urgentWithinDays: 0 }).urgent).to.equal(false);
  });

  it('lets the flags win over the due date and the target', () => {
    const t = one({ when: '2025-06-01', urgent: false, targetId: 'east', important: false });
    expect(t).to.include({ urgent: false, important: false, quadrant: 'drop', urgentSource: 'flag', importantSource: 'flag', overdue: true });
  });

  it('makes a task that serves a target important', () => {
    expect(one({ targetId: 'east' })).to.include({ important: true, importantSource: 'target', quadrant: 'schedule' });
    expect(one({ targetId: 'east', when: '2025-06-11' }).quadrant).to.equal('do');
    expect(one({}).importantSource).to.equal('none');
  });

  it('flags an overdue task: warning up to 7 days late, critical beyond', () => {
    expect(late('2025-06-03')).to.have.length(1);
    expect(late('2025-06-03')[0]).to.deep.include({
      code: 'overdue', severity: 'warning', value: 7, message: 'Call ACME is 7 days overdue',
      subject: { kind: 'task', id: 't', name: 'Call ACME' },
    });
    expect(late('2025-06-02')[0]).to.include({ severity: 'critical', value: 8 });
    expect(late('2025-06-09')[0]!.message).to.equal('Call ACME is 1 day overdue');
    expect(late('2025-06-10')).to.deep.equal([]);
  });

  it('writes the overdue sentence in Chinese for zh-CN', () => {
    expect(one({ when: '2025-06-07' }, { locale: 'zh-CN' }).highlights[0]!.message).to.equal('Call ACME已逾期3天');
  });

  it('never marks a done task overdue but keeps its quadrant', () => {
    const t = one({ when: '2025-05-01', done: true, targetId: 'east' });
    expect(t).to.include({ overdue: false, urgent: true, quadrant: 'do', daysLeft: -40 });
    expect(t.highlights).to.deep.equal([]);
  });

  it('prefers options.asOf over data.asOf and falls back to today', () => {
    const tasks = [{ id: 't', title: 'T', when: '2025-06-12' }];
    expect(classifyTasks(board(tasks), { asOf: '2025-06-01' })[0]!.daysLeft).to.equal(11);
    expect(classifyTasks({ tasks: [{ id: 't', title: 'T', when: today() }] })[0]!.daysLeft).to.equal(0);
  });

  it('rejects bad dates and a negative urgentWithinDays', () => {
    expect(() => one({ when: '2025-02-30' })).to.throw(RangeError, /invalid date "2025-02-30"/);
    expect(() => one({}, { urgentWithinDays: -1 })).to.throw(RangeError, /invalid urgentWithinDays -1/);
  });

  it('returns an empty list for an empty board', () => {
    expect(classifyTasks(board([]))).to.deep.equal([]);
  });

  it('keeps a task where it was moved: flagsOfQuadrant inverts quadrantOf', () => {
    expect(QUADRANTS).to.deep.equal(['do', 'schedule', 'delegate', 'drop']);
    for (const q of QUADRANTS) {
      const flags = flagsOfQuadrant(q);
      expect(quadrantOf(flags.urgent, flags.important)).to.equal(q);
      // Moving overrides whatever the due date and target said.
      expect(one({ when: '2025-01-01', targetId: 'east', ...flags }).quadrant).to.equal(q);
    }
    expect(() => flagsOfQuadrant('later' as never)).to.throw(RangeError, /invalid quadrant "later"/);
  });

  it('always agrees with quadrantOf of its effective flags and keeps ids in order', () => {
    const task = fc.record(
      {
        urgent: fc.boolean(),
        important: fc.boolean(),
        when: fc.integer({ min: -30, max: 30 }).map((d) => new Date(Date.UTC(2025, 5, 10 + d)).toISOString().slice(0, 10)),
        targetId: fc.constant('east'),
        done: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(task, { maxLength: 20 }), (parts) => {
        const tasks = parts.map((p, i) => ({ id: `t${i}`, title: `T${i}`, ...p }));
        const out = classifyTasks(board(tasks));
        return out.every((t, i) =>
          t.id === `t${i}` &&
          t.quadrant === quadrantOf(t.urgent, t.important) &&
          (t.overdue ? !t.done && t.daysLeft! < 0 && t.urgent === (parts[i]!.urgent ?? true) : t.highlights.length === 0),
        );
      }),
    );
  });
});
