import { expect } from 'chai';
import { targetStatus } from '../../packages/domain/src/index.js';

const Q1 = { start: '2025-01-01', end: '2025-03-31' };
const subject = { kind: 'node' as const, id: 'east', name: 'East' };

describe('targetStatus()', () => {
  it('gives attainment, gap, tier and pace of one target', () => {
    const s = targetStatus({ target: 1000, actual: 450, period: Q1, asOf: '2025-02-14' });
    expect(s.attainment).to.equal(0.45);
    expect(s.gap).to.equal(550);
    expect(s.tier?.id).to.equal('below');
    expect(s.pace).to.equal(0.5);
  });

  it('flags behind-pace only below pace × (1 − tolerance)', () => {
    const at = (actual: number) => targetStatus({ target: 1000, actual, period: Q1, asOf: '2025-02-14' }, { subject }).highlights.map((h) => h.code);
    expect(at(450)).to.deep.equal([]); // 0.45 = 0.5 × 0.9: not below
    expect(at(449)).to.deep.equal(['behind-pace']);
  });

  it('makes behind-pace critical under half the pace', () => {
    const s = targetStatus({ target: 1000, actual: 240, period: Q1, asOf: '2025-02-14' }, { subject });
    expect(s.highlights[0]).to.deep.include({ code: 'behind-pace', severity: 'critical', value: 0.24, expected: 0.5 });
    expect(s.highlights[0]!.message).to.equal('East is at 24% of target, behind the expected pace of 50%');
  });

  it('flags below-threshold on the forecast while the period runs and on attainment once it is over', () => {
    const running = targetStatus({ target: 1000, actual: 500, period: Q1, asOf: '2025-02-14', forecast: 790 }, { subject });
    expect(running.highlights.map((h) => [h.code, h.severity])).to.deep.equal([['below-threshold', 'warning']]);
    const over = targetStatus({ target: 1000, actual: 790, period: Q1, asOf: '2025-04-02' }, { subject, locale: 'zh-CN' });
    expect(over.highlights.map((h) => [h.code, h.severity])).to.deep.equal([['behind-pace', 'warning'], ['below-threshold', 'critical']]);
    expect(over.highlights[1]!.message).to.equal('East为79%,低于80%的警戒线');
  });

  it('has no attainment, tier or highlights for a target of 0', () => {
    const s = targetStatus({ target: 0, actual: 10, period: Q1, asOf: '2025-02-14' });
    expect(s).to.deep.include({ attainment: null, tier: null, highlights: [] });
  });
});
