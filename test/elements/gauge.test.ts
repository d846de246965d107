import { html } from 'lit';
import { expect } from 'chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/gauge/gauge.js';
import '../../packages/elements/src/provider/provider.js';
import type { QuotaGauge } from '../../packages/elements/src/gauge/gauge.js';
import type { QuotaErrorEvent } from '../../packages/elements/src/events/quota-error.js';
import { cleanup, expectAxeClean, fixture, recordEvents, settle, shadow } from './helpers.js';

const Q1 = { start: '2025-01-01', end: '2025-03-31' };
const base = { label: 'Q1 revenue', target: 1_000_000, actual: 450_000, period: Q1, asOf: '2025-02-14', currency: 'USD' };
const meter = (el: Element) => shadow(el).querySelector('[role="meter"]')!;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);

describe('<quota-gauge>', () => {
  afterEach(cleanup);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is a meter with the attainment, tier, pace and forecast in its value text', async () => {
    const el = await fixture<QuotaGauge>(html`<quota-gauge locale="en-US" .data=${base}></quota-gauge>`);
    const m = meter(el);
    expect(m.getAttribute('aria-label')).to.equal('Q1 revenue');
    expect(m.getAttribute('aria-valuenow')).to.equal('45');
    expect(m.getAttribute('aria-valuemax')).to.equal('100');
    const text = m.getAttribute('aria-valuetext')!;
    expect(text).to.contain('45% Below standard').and.contain('Expected pace 50%').and.contain('Forecast $900K (90%)');
    await expectAxeClean(el);
  });

  it('draws the four tier bands, the value, the pace and the forecast markers as parts', async () => {
    const el = await fixture<QuotaGauge>(html`<quota-gauge .data=${base}></quota-gauge>`);
    const bands = [...shadow(el).querySelectorAll('[part~="band"]')].map((b) => b.getAttribute('part'));
    expect(bands).to.deep.equal(['band band-below', 'band band-standard', 'band band-exceeded', 'band band-outstanding']);
    expect(part(el, 'value')?.getAttribute('d')).to.be.a('string').and.not.be.empty;
    expect(part(el, 'pace')).to.exist;
    expect(part(el, 'forecast')).to.exist;
    expect(part(el, 'legend')?.textContent).to.contain('Expected pace 50%').and.contain('run-rate');
  });

  it('shows more than 100% truthfully: the scale goes past 100% and the value text says 160%', async () => {
    const el = await fixture<QuotaGauge>(html`<quota-gauge .data=${{ ...base, actual: 1_600_000 }}></quota-gauge>`);
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('100');
    expect(meter(el).getAttribute('aria-valuetext')).to.contain('160% Outstanding');
    expect(part(el, 'figure')?.textContent?.trim()).to.equal('160%');
    const ticks = [...shadow(el).querySelectorAll('.tick')].map((t) => t.textContent);
    expect(ticks).to.deep.equal(['80%', '100%', '120%']);
  });

  it('says "No target set" once in the value text when the target is 0, with the actual amount', async () => {
    const el = await fixture<QuotaGauge>(html`<quota-gauge locale="en-US" .data=${{ ...base, target: 0 }}></quota-gauge>`);
    const text = meter(el).getAttribute('aria-valuetext')!;
    expect(text.split('No target set')).to.have.length(2);
    expect(text).to.contain('$450K');
    expect(shadow(el).querySelector('.amount')?.textContent).to.equal('No target set');
    await expectAxeClean(el);
  });

  it('flags behind pace with a sentence', async () => {
    const el = await fixture<QuotaGauge>(html`<quota-gauge .data=${{ ...base, actual: 200_000 }}></quota-gauge>`);
    const h = part(el, 'highlight');
    expect(h?.textContent).to.contain('behind the expected pace of 50%');
    expect(h?.classList.contains('critical')).to.equal(true);
  });

  it('formats in zh-CN with 万 and Chinese labels when the provider says so', async () => {
    const el = await fixture<HTMLElement>(html`<quota-provider locale="zh-CN" currency="CNY">
      <quota-gauge .data=${{ ...base, target: 20_000_000, actual: 9_000_000, currency: undefined }}></quota-gauge>
    </quota-provider>`);
    const gauge = el.querySelector('quota-gauge')!;
    await settle(gauge);
    const text = meter(gauge).getAttribute('aria-valuetext')!;
    expect(text).to.contain('未达标').and.contain('万').and.contain('预期进度');
  });

  it('switches to the compact bar by attribute and by itself on a narrow tile', async () => {
    const el = await fixture<QuotaGauge>(html`<quota-gauge compact .data=${base}></quota-gauge>`);
    expect(shadow(el).querySelector('.compact')).to.exist;
    const narrow = await fixture<HTMLElement>(html`<div style="width:160px"><quota-gauge .data=${base}></quota-gauge></div>`);
    const g = narrow.querySelector('quota-gauge')!;
    await settle(g);
    expect(shadow(g).querySelector('.compact')).to.exist;
    await expectAxeClean(g);
  });

  it('keeps the last good gauge and shows the bad field when data turns bad', async () => {
    const el = await fixture<QuotaGauge>(html`<quota-gauge .data=${base}></quota-gauge>`);
    const errors = recordEvents<QuotaErrorEvent>(el, 'quota-error');
    el.data = { ...base, actual: -5 };
    await settle(el);
    expect(part(el, 'error')?.textContent).to.contain('actual');
    expect(part(el, 'stale')).to.exist;
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('45');
    expect(errors).to.have.length(1);
  });

  it('keeps a hostile label as text', async () => {
    const el = await fixture<QuotaGauge>(html`<quota-gauge .data=${{ ...base, label: '<img src=x onerror="window.hacked=1">' }}></quota-gauge>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('.label')?.textContent).to.equal('<img src=x onerror="window.hacked=1">');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('shows a data object changed in place as it now is when another gauge takes it', async () => {
    const data = structuredClone(base);
    const first = await fixture<QuotaGauge>(html`<quota-gauge locale="en-US" .data=${data}></quota-gauge>`);
    expect(meter(first).getAttribute('aria-valuenow')).to.equal('45');
    data.actual = 700_000;
    const second = await fixture<QuotaGauge>(html`<quota-gauge locale="en-US" .data=${data}></quota-gauge>`);
    expect(meter(second).getAttribute('aria-valuenow')).to.equal('70');
    data.actual = -1;
    const third = await fixture<QuotaGauge>(html`<quota-gauge locale="en-US" .data=${data}></quota-gauge>`);
    expect(part(third, 'error')?.textContent).to.contain('actual');
    expect(meter(third)).to.equal(null);
    await expectAxeClean(third);
  });

  it('follows its own locale and as-of date when other gauges show the same data', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <quota-gauge locale="en-US" .data=${base}></quota-gauge>
      <quota-gauge locale="zh-CN" .data=${base}></quota-gauge>
      <quota-gauge locale="en-US" .data=${{ ...base, asOf: undefined }} as-of="2025-03-17"></quota-gauge>
    </div>`);
    const [en, zh, later] = [...el.querySelectorAll('quota-gauge')];
    await Promise.all([settle(en!), settle(zh!), settle(later!)]);
    expect(meter(en!).getAttribute('aria-valuetext')).to.contain('Expected pace 50%');
    expect(meter(zh!).getAttribute('aria-valuetext')).to.contain('预期进度 50%');
    expect(meter(later!).getAttribute('aria-valuetext')).to.contain('Expected pace 84%');
    await expectAxeClean(el);
  });

  it('turns transitions off under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<QuotaGauge>(html`<quota-gauge .data=${base}></quota-gauge>`);
    expect(getComputedStyle(part(el, 'value')!).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
});
