import { expect } from 'chai';
import { FunnelDataSchema, GaugeDataSchema, LeaderboardDataSchema, TargetNodeSchema, validate } from '../../packages/domain/src/index.js';

const messages = (r: ReturnType<typeof validate>) => (r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`));

describe('validate()', () => {
  it('says what each bad field expected and shows the value it got', () => {
    const r = validate(FunnelDataSchema, { stages: [{ id: 'a', name: 'A', count: -1 }, { id: 'b', name: 3, count: 1.5 }] });
    expect(messages(r)).to.deep.equal([
      'stages.0.count: must be ≥ 0, got -1',
      'stages.1.name: expected string, got 3',
      'stages.1.count: expected a whole number, got 1.5',
    ]);
  });

  it('names NaN, missing fields, dates that do not exist and bad patterns', () => {
    const r = validate(GaugeDataSchema, { target: Number.NaN, period: { start: '2025-02-30', end: '2025-03-01' }, currency: 'usd' });
    expect(messages(r)).to.deep.equal([
      'target: expected number, got NaN',
      'actual: required: expected number',
      'period.start: expected a date YYYY-MM-DD, got "2025-02-30"',
      'currency: expected text matching /^[A-Z]{3}$/, got "usd"',
    ]);
  });

  it('lists the allowed values of an enum and keeps custom sentences', () => {
    expect(messages(validate(LeaderboardDataSchema, { entries: [], rankBy: 'speed' }))).to.deep.equal([
      'rankBy: expected one of "attainment", "amount", got "speed"',
    ]);
    expect(messages(validate(FunnelDataSchema, { stages: [{ id: 'a', name: 'A', count: 1 }] }))).to.deep.equal(['stages: a funnel needs at least 2 stages']);
    const dup = validate(TargetNodeSchema, { id: 'x', name: 'X', children: [{ id: 'x', name: 'Again' }] });
    expect(messages(dup)).to.deep.equal(['children.0.id: duplicate id "x"']);
  });

  it('cuts long values short', () => {
    const r = validate(GaugeDataSchema, { target: 'x'.repeat(100), actual: 1 });
    expect(messages(r)[0]).to.match(/^target: expected number, got "x{30,36}…$/);
  });
});
