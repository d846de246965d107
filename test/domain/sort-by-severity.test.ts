import { expect } from 'chai';
import fc from 'fast-check';
import { bySeverity, sortBySeverity, type Highlight, type Severity } from '../../packages/domain/src/index.js';

const h = (severity: Severity, id: string): Highlight => ({ code: 'behind-pace', severity, subject: { kind: 'node', id }, message: id });

describe('sortBySeverity()', () => {
  it('puts critical before warning before info, keeping the given order within a severity, in place', () => {
    const list = [h('info', 'a'), h('warning', 'b'), h('critical', 'c'), h('warning', 'd'), h('info', 'e'), h('critical', 'f')];
    const sorted = sortBySeverity(list);
    expect(sorted).to.equal(list);
    expect(sorted.map((x) => x.subject.id)).to.deep.equal(['c', 'f', 'b', 'd', 'a', 'e']);
  });

  it('leaves empty and one-element lists as they are', () => {
    expect(sortBySeverity([])).to.deep.equal([]);
    expect(sortBySeverity([h('info', 'a')]).map((x) => x.subject.id)).to.deep.equal(['a']);
  });

  it('orders any list exactly as Array#sort with bySeverity does', () => {
    const severity = fc.constantFrom<Severity>('info', 'warning', 'critical');
    fc.assert(
      fc.property(fc.array(severity, { maxLength: 30 }), (severities) => {
        const list = severities.map((s, i) => h(s, String(i)));
        expect(sortBySeverity(list.slice())).to.deep.equal(list.slice().sort(bySeverity));
      }),
    );
  });
});
