import { expect } from 'chai';
import fc from 'fast-check';
import { deviationStreak, rollupTargets } from '../../packages/domain/src/index.js';

const p = (actual: number, target = 100) => ({ target, actual });

describe('deviationStreak()', () => {
  it('suggests a target change after three periods in a row more than 30% off, capped at ±20%, needing approval', () => {
    const s = deviationStreak([p(100), p(150), p(160), p(170)]);
    expect(s.length).to.equal(3);
    expect(s.suggestion).to.deep.equal({ target: 120, change: 0.2, needsApproval: true });
    const under = deviationStreak([p(60), p(65), p(62)]);
    expect(under.suggestion!.change).to.be.closeTo(-0.2, 1e-12);
    const mild = deviationStreak([p(100), p(131), p(135)]);
    expect(mild.length).to.equal(2);
    expect(mild.suggestion).to.equal(null);
  });

  it('suggests less than the cap when the streak misses by less on average', () => {
    const s = deviationStreak([p(131), p(131), p(131)], { cap: 0.5 });
    expect(s.suggestion!.change).to.be.closeTo(0.31, 1e-12);
    expect(s.suggestion!.target).to.be.closeTo(131, 1e-9);
  });

  it('needs more than the threshold: exactly 30% off does not count', () => {
    expect(deviationStreak([p(130), p(70), p(130)]).length).to.equal(0);
  });

  it('counts a streak in one direction only: +60%, −60%, +60% is noise, not a target set wrong', () => {
    const s = deviationStreak([p(160), p(40), p(160)]);
    expect(s).to.deep.equal({ length: 1, suggestion: null });
  });

  it('ends the streak at a period with a target of 0, and gives nothing for no periods', () => {
    expect(deviationStreak([p(160), p(160, 0), p(160), p(160)]).length).to.equal(2);
    expect(deviationStreak([])).to.deep.equal({ length: 0, suggestion: null });
  });

  it('follows its options: threshold, minLength and cap', () => {
    expect(deviationStreak([p(115), p(115)], { threshold: 0.1, minLength: 2, cap: 0.1 }).suggestion?.change).to.be.closeTo(0.1, 1e-12);
  });

  it('never suggests a change beyond the cap', () => {
    fc.assert(fc.property(fc.array(fc.record({ target: fc.double({ min: 1, max: 1e6, noNaN: true }), actual: fc.double({ min: 0, max: 1e7, noNaN: true }) }), { maxLength: 8 }), (periods) => {
      const s = deviationStreak(periods).suggestion;
      return s === null || (Math.abs(s.change) <= 0.2 + 1e-12 && s.needsApproval);
    }));
  });

  it('says the threshold it was given and the direction in the deviation-streak highlight', () => {
    const node = { id: 'r', name: 'Rep', target: 100, actual: 100, periods: [p(125), p(130), p(128)] };
    const [h] = rollupTargets(node, { deviation: { threshold: 0.2 } }).highlights;
    expect(h!.code).to.equal('deviation-streak');
    expect(h!.message).to.equal('Rep beat its target by more than 20% for 3 periods in a row: review the target (suggested change 20%, needs approval)');
    const zh = rollupTargets({ ...node, periods: [p(60), p(60), p(60)] }, { locale: 'zh-CN' }).highlights[0]!;
    expect(zh.message).to.equal('Rep已连续3期低于目标超过30%,建议调整目标(建议幅度-20%,需审批)');
  });
});
