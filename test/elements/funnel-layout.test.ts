import { expect } from 'chai';
import { FUNNEL_LAYOUT_DEFAULTS as D, funnelLayout, stageSizes, type FunnelLayout } from '../../packages/elements/src/funnel/layout.js';

const five = [1279, 399, 260, 199, 78];
const twelve = Array.from({ length: 12 }, (_, i) => Math.round(2000 * 0.8 ** i));
const layout = (width: number, more: Partial<Parameters<typeof funnelLayout>[0]> = {}) =>
  funnelLayout({ values: five, width, em: 14, lossReasons: 5, bottleneck: { fromIndex: 2, toIndex: 4 }, ...more });

/** The fixed columns plus the least label width must fit in the width (the label column takes the rest). */
function expectFits(g: FunnelLayout): void {
  const em = g.em;
  const used = g.mode === 'funnel' ? g.markSize + g.shapeSize + 2 * g.gap + g.labelWidth : g.mainWidth;
  expect(used, 'stages area').to.be.at.most(g.mainWidth + 1);
  expect(g.mainWidth + (g.asideWidth ? g.asideWidth + 2 * g.gap : 0), 'whole width').to.be.at.most(g.width + 1);
  if (g.mode === 'columns') expect(g.labelWidth / em, 'stage column, em').to.be.at.least(D.columnMin - 0.01);
  else expect(g.labelWidth / em, 'label column, em').to.be.at.least(D.minLabel);
  if (g.asideWidth) expect(g.asideWidth / em, 'loss reasons column, em').to.be.at.least(D.asideMin - 0.1);
}

describe('funnelLayout()', () => {
  it('stacks bars at 320 px: no room for a funnel beside its labels', () => {
    const g = layout(320);
    expect(g.mode).to.equal('bars');
    expect(g.loss).to.equal('below');
    expect(g.shapeSize).to.equal(0);
    expectFits(g);
  });

  it('drops the bracket column under about 140 px so each label cell still holds the longest figure, and says whether figures stay whole', () => {
    const two = layout(140);
    expect(two).to.include({ mode: 'bars', bracketColumn: true, wholeFigures: true });
    expectFits(two);
    for (const width of [130, 120]) {
      const g = layout(width);
      expect(g, `${width} px`).to.include({ mode: 'bars', bracketColumn: false, markSize: 0, wholeFigures: true });
      expect(g.labelWidth, `${width} px`).to.equal(Math.floor(width - D.rule * 14));
      expectFits(g);
    }
    // Narrower than the longest figure and the rule: figures may wrap rather than overflow.
    expect(layout(110)).to.include({ bracketColumn: false, wholeFigures: false });
    expect(layout(600).wholeFigures && layout(1400, { orientation: 'horizontal' }).wholeFigures).to.equal(true);
  });

  it('draws a funnel with labels beside it at 600 px, loss reasons below', () => {
    const g = layout(600);
    expect(g.mode).to.equal('funnel');
    expect(g.loss).to.equal('below');
    expect(g.shapeSize / 14).to.be.within(D.shapeMin, D.shapeMax);
    expect(g.labelWidth / 14).to.be.at.least(D.labelMin);
    expect(g.stageMinHeight / 14).to.be.within(2.75, 6);
    expectFits(g);
  });

  it('puts loss reasons beside the funnel at 1200 px', () => {
    const g = layout(1200);
    expect(g.mode).to.equal('funnel');
    expect(g.loss).to.equal('beside');
    expect(g.asideWidth / 14).to.be.within(D.asideMin, D.asideMax);
    expectFits(g);
  });

  it('caps the shapes at 3840 px and gives the rest to the labels', () => {
    const g = layout(3840);
    expect(g.mode).to.equal('funnel');
    expect(g.loss).to.equal('beside');
    expect(g.shapeSize).to.equal(Math.floor(D.shapeMax * 14));
    expect(g.asideWidth).to.equal(Math.floor(D.asideMax * 14));
    expectFits(g);
  });

  it('measures in em: a 3840 px wall with 48 px type is an 80em funnel, a 600 px tile with 24 px type stacks bars', () => {
    const wall = layout(3840, { em: 48 });
    expect(wall.mode).to.equal('funnel');
    expect(wall.shapeSize).to.be.below(D.shapeMax * 48);
    expectFits(wall);
    expect(layout(600, { em: 24 }).mode).to.equal('bars');
  });

  it('goes horizontal only when every column holds its labels, else falls back to vertical', () => {
    expect(layout(320, { orientation: 'horizontal' })).to.include({ mode: 'bars', fallback: true, orientation: 'vertical' });
    expect(layout(600, { orientation: 'horizontal' })).to.include({ mode: 'funnel', fallback: true, orientation: 'vertical' });
    const wide = layout(1200, { orientation: 'horizontal' });
    expect(wide).to.include({ mode: 'columns', fallback: false, orientation: 'horizontal', loss: 'below' });
    expect(wide.shapeSize / 14).to.be.within(D.rowMin, D.rowMax);
    expectFits(wide);
    const wall = layout(3840, { orientation: 'horizontal' });
    expect(wall).to.include({ mode: 'columns', loss: 'beside' });
    expectFits(wall);
  });

  it('keeps 12 columns and their necks at their least widths when they fit', () => {
    const g = funnelLayout({ values: twelve, width: 2400, em: 14, orientation: 'horizontal' });
    expect(g.mode).to.equal('columns');
    const free = g.mainWidth / 14 - 22 * D.gap;
    const stage = free / (12 + 11 * g.connectorRatio);
    expect(stage * g.connectorRatio).to.be.at.least(D.connectorMin - 0.01);
    expect(stage).to.be.at.least(D.columnMin - 0.01);
    expectFits(g);
  });

  it('falls back to vertical for 12 stages at 1200 px but keeps 12 columns at 3840 px', () => {
    const at = (width: number) => funnelLayout({ values: twelve, width, em: 14, orientation: 'horizontal' });
    expect(at(1200).mode).to.equal('funnel');
    expect(at(3840).mode).to.equal('columns');
    expect(at(3840).stages).to.have.length(12);
  });

  it('sizes stages against the largest value and joins them with necks', () => {
    const g = layout(600);
    expect(g.stages.map((s) => s.size)).to.deep.equal(five.map((v) => v / 1279));
    expect(g.stages[0]!.connector).to.equal(null);
    expect(g.stages[3]!.connector).to.deep.include({ from: 260 / 1279, to: 199 / 1279 });
  });

  it('brackets the bottleneck span from its first to its last stage, necks inside it', () => {
    const g = layout(600);
    expect(g.stages.map((s) => s.bracket)).to.deep.equal([null, null, 'start', 'middle', 'end']);
    expect(g.stages.map((s) => s.connector?.bottleneck ?? null)).to.deep.equal([null, false, false, true, true]);
    expect(layout(600, { bottleneck: null }).stages.every((s) => s.bracket === null)).to.equal(true);
  });

  it('handles values that grow down the funnel, zeros and bad numbers', () => {
    expect(stageSizes([10, 20, 5])).to.deep.equal([0.5, 1, 0.25]);
    expect(stageSizes([0, 0])).to.deep.equal([0, 0]);
    expect(stageSizes([Number.NaN, 4, -1])).to.deep.equal([0, 1, 0]);
  });

  it('assumes 600 px and 14 px type before the first measurement', () => {
    const g = funnelLayout({ values: five });
    expect(g).to.include({ width: 600, em: 14, mode: 'funnel', loss: 'none', asideWidth: 0 });
  });
});
