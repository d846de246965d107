import { expect } from 'chai';
import {
  FunnelDataSchema, GaugeDataSchema, LeaderboardDataSchema, TaskBoardDataSchema, validate,
} from '../../packages/domain/src/index.js';

const paths = (r: ReturnType<typeof validate>) => (r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`));

describe('the input schemas', () => {
  it('reject duplicate ids at the repeat: stages, entries, tasks, task targets and deals', () => {
    const stage = { name: 'S', count: 1 };
    expect(paths(validate(FunnelDataSchema, { stages: [{ id: 'a', ...stage }, { id: 'b', ...stage }, { id: 'a', ...stage }] })))
      .to.deep.equal(['stages.2.id: duplicate id "a"']);
    const entry = { name: 'R', target: 1, actual: 1 };
    expect(paths(validate(LeaderboardDataSchema, { entries: [{ id: 'r', ...entry }, { id: 'r', ...entry }] })))
      .to.deep.equal(['entries.1.id: duplicate id "r"']);
    const task = { title: 'T' };
    const board = validate(TaskBoardDataSchema, { tasks: [{ id: 't', ...task }, { id: 't', ...task }], targets: [{ id: 'g', name: 'G' }, { id: 'g', name: 'H' }] });
    expect(paths(board)).to.deep.equal(['tasks.1.id: duplicate id "t"', 'targets.1.id: duplicate id "g"']);
    const gauge = validate(GaugeDataSchema, { target: 10, actual: 5, pipeline: [{ id: 'd', amount: 1 }, { amount: 2 }, { amount: 2 }, { id: 'd', amount: 3 }] });
    expect(paths(gauge)).to.deep.equal(['pipeline.3.id: duplicate id "d"']);
  });

  it('reject Infinity, -Infinity and negative amounts, never half-using the input', () => {
    const r = validate(GaugeDataSchema, { target: Infinity, actual: -Infinity });
    expect(r.ok).to.equal(false);
    expect(paths(r).map((p) => p.split(':')[0])).to.deep.equal(['target', 'actual']);
    expect(validate(LeaderboardDataSchema, { entries: [{ id: 'r', name: 'R', target: 1, actual: -1 }] }).ok).to.equal(false);
  });
});
