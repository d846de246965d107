import { expect } from 'chai';
import { gaugeBarLayout, gaugeLayout, gaugeMax, labelWidth } from '../../packages/elements/src/gauge/layout.js';

const tiers = { tierMins: [0, 0.8, 1, 1.2], tierIds: ['below', 'standard', 'exceeded', 'outstanding'] };

describe('gaugeLayout()', () => {
  it('runs the scale to 150% by default and past it, in 25% steps, when a value is larger', () => {
    expect(gaugeMax([0.4, 0.5])).to.equal(1.5);
    expect(gaugeMax([1.64])).to.equal(1.75);
    expect(gaugeMax([2.9, null])).to.equal(3);
    expect(gaugeMax([7])).to.equal(3);
  });

  it('marks a value beyond the 300% cap as overflow', () => {
    expect(gaugeLayout({ attainment: 5, pace: null, forecast: null, ...tiers }).overflow).to.equal(true);
    expect(gaugeLayout({ attainment: 1.2, pace: null, forecast: null, ...tiers }).overflow).to.equal(false);
  });

  it('draws one band per tier and ticks at the inner tier bounds only', () => {
    const g = gaugeLayout({ attainment: 0.5, pace: 0.5, forecast: null, ...tiers });
    expect(g.bands.map((b) => [b.id, b.from, b.to])).to.deep.equal([
      ['below', 0, 0.8],
      ['standard', 0.8, 1],
      ['exceeded', 1, 1.2],
      ['outstanding', 1.2, 1.5],
    ]);
    expect(g.ticks.map((t) => t.value)).to.deep.equal([0.8, 1, 1.2]);
  });

  it('drops both marker labels when pace and forecast sit close together', () => {
    const g = gaugeLayout({ attainment: 0.5, pace: 0.5, forecast: { value: 0.52, low: 0.5, high: 0.6 }, ...tiers });
    expect(g.markers.map((m) => m.label)).to.deep.equal([null, null]);
  });

  it('drops a marker label that would run out of the view box, keeps one that fits', () => {
    const near0 = gaugeLayout({ attainment: 0.1, pace: 0.02, forecast: null, ...tiers, labelWidths: { pace: labelWidth('Expected pace'), forecast: 0 } });
    expect(near0.markers[0]!.label).to.equal(null);
    const mid = gaugeLayout({ attainment: 0.5, pace: 0.5, forecast: null, ...tiers, labelWidths: { pace: labelWidth('Pace'), forecast: 0 } });
    expect(mid.markers[0]!.label).to.not.equal(null);
  });

  it('counts CJK characters as wider than Latin ones', () => {
    expect(labelWidth('进度')).to.be.greaterThan(labelWidth('ab'));
  });
});

describe('gaugeBarLayout()', () => {
  it('places value, pace and forecast on a 0–100 bar over the same scale', () => {
    const b = gaugeBarLayout({ attainment: 0.75, pace: 0.5, forecast: { value: 1.2, low: 1, high: 1.35 }, ...tiers });
    expect(b.max).to.equal(1.5);
    expect(b.value).to.equal(50);
    expect(b.pace).to.be.closeTo(33.33, 0.01);
    expect(b.forecast).to.equal(80);
    expect(b.range!.width).to.be.closeTo(23.33, 0.01);
  });
});
