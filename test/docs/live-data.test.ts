import { expect } from 'chai';
import {
  FunnelDataSchema, GaugeDataSchema, LeaderboardDataSchema, TargetNodeSchema, TaskBoardDataSchema, classifyTasks, rankLeaderboard,
  sampleData, validate,
} from '../../packages/domain/src/index.js';
import { advance, liveSample, startLive, withMove, type LiveState } from '../../docs/src/live-data.js';

const en = sampleData(7);
const zh = sampleData(7, { locale: 'zh-CN' });
const run = (days: number, from: LiveState = startLive(en)): LiveState[] => {
  const states = [from];
  for (let i = 0; i < days; i++) states.push(advance(states.at(-1)!, en));
  return states;
};
const leafActuals = (node: ReturnType<typeof liveSample>['targetTree'], out = new Map<string, number>()) => {
  if (!node.children?.length) out.set(node.id, node.actual ?? 0);
  for (const child of node.children ?? []) leafActuals(child, out);
  return out;
};

describe('the demo board’s live data (docs/src/live-data.ts)', () => {
  it('startLive() + liveSample() give back the sample itself', () => {
    const s = liveSample(startLive(en), en);
    expect(s.gauge.actual).to.equal(en.gauge.actual);
    expect(s.leaderboard.entries.map((e) => e.actual)).to.deep.equal(en.leaderboard.entries.map((e) => e.actual));
    expect(s.funnel.stages).to.deep.equal(en.funnel.stages);
    expect(s.tasks.tasks).to.deep.equal(en.tasks.tasks);
  });

  it('advance() is deterministic and pure: the same days give the same data, the old state is untouched', () => {
    const start = startLive(en);
    const copy = structuredClone(start);
    const a = run(12, start).at(-1)!;
    const b = run(12, startLive(en)).at(-1)!;
    expect(a).to.deep.equal(b);
    expect(start).to.deep.equal(copy);
  });

  it('moves asOf a day at a time; actuals only grow; ranks change; tasks arrive and turn urgent', () => {
    const states = run(20);
    expect(states.map((s) => s.asOf).slice(0, 3)).to.deep.equal(['2025-02-14', '2025-02-15', '2025-02-16']);
    for (let i = 1; i < states.length; i++) {
      for (const [id, actual] of Object.entries(states[i]!.actuals)) expect(actual, id).to.be.at.least(states[i - 1]!.actuals[id]!);
    }
    const order = (s: LiveState) => rankLeaderboard(liveSample(s, en).leaderboard).map((e) => e.id).slice(0, 10).join();
    expect(new Set(states.map(order)).size, 'distinct top-10 orders over 20 days').to.be.greaterThan(3);
    const last = liveSample(states.at(-1)!, en);
    const arrived = last.tasks.tasks.filter((t) => t.id.startsWith('live-'));
    expect(arrived.length).to.be.at.least(6);
    expect(classifyTasks(last.tasks).some((t) => t.id.startsWith('live-') && t.urgent)).to.equal(true);
  });

  it('keeps every widget’s data valid and consistent with each other, in both locales', () => {
    for (const state of run(45).filter((_, i) => i % 5 === 0)) {
      for (const base of [en, zh]) {
        const s = liveSample(state, base);
        for (const [name, schema, data] of [
          ['gauge', GaugeDataSchema, s.gauge], ['funnel', FunnelDataSchema, s.funnel], ['tree', TargetNodeSchema, s.targetTree],
          ['tasks', TaskBoardDataSchema, s.tasks], ['leaderboard', LeaderboardDataSchema, s.leaderboard],
        ] as const) {
          const result = validate(schema as never, data);
          expect(result.ok, `${state.asOf} ${base.locale} ${name}: ${JSON.stringify(result.ok ? '' : result.issues)}`).to.equal(true);
        }
        const total = s.leaderboard.entries.reduce((sum, e) => sum + e.actual, 0);
        expect(s.gauge.actual).to.equal(total);
        expect(s.funnel.stages.at(-1)!.amount).to.equal(total);
        const leaves = leafActuals(s.targetTree);
        for (const e of s.leaderboard.entries) expect(leaves.get(e.id), e.id).to.equal(e.actual);
        for (let i = 1; i < s.funnel.stages.length; i++) expect(s.funnel.stages[i]!.count).to.be.at.most(s.funnel.stages[i - 1]!.count);
        expect(s.asOf).to.equal(state.asOf);
      }
    }
  });

  it('switching language keeps the numbers and changes the words', () => {
    const state = run(9).at(-1)!;
    const a = liveSample(state, en);
    const b = liveSample(state, zh);
    expect(b.gauge.actual).to.equal(a.gauge.actual);
    expect(b.tasks.tasks.map((t) => t.id)).to.deep.equal(a.tasks.tasks.map((t) => t.id));
    const live = (s: typeof a) => s.tasks.tasks.find((t) => t.id.startsWith('live-'))!.title;
    expect(live(a)).to.match(/[A-Za-z]/);
    expect(live(b)).to.match(/[\u4e00-\u9fff]/);
  });

  it('keeps a task the user moved where it was put, across later days', () => {
    let state = withMove(startLive(en), 'task-01', { urgent: false, important: false });
    for (let i = 0; i < 5; i++) state = advance(state, en);
    const task = classifyTasks(liveSample(state, en).tasks).find((t) => t.id === 'task-01')!;
    expect(task.quadrant).to.equal('drop');
  });

  it('starts the quarter over after its last day, keeping the moves', () => {
    let state = withMove(startLive(en), 'task-02', { urgent: true, important: true });
    const days = (Date.parse(en.period.end) - Date.parse(en.asOf)) / 86_400_000;
    for (let i = 0; i < days; i++) state = advance(state, en);
    expect(state.asOf).to.equal(en.period.end);
    state = advance(state, en);
    expect(state.asOf).to.equal(en.asOf);
    expect(state.step).to.equal(0);
    expect(state.moves).to.have.property('task-02');
  });
});
