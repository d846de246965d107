import { html } from 'lit';
import { expect } from 'chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { sampleData, type FunnelData } from '@quota/domain';
import '../../packages/elements/src/funnel/funnel.js';
import '../../packages/elements/src/provider/provider.js';
import type { QuotaFunnel } from '../../packages/elements/src/funnel/funnel.js';
import type { QuotaErrorEvent } from '../../packages/elements/src/events/quota-error.js';
import type { QuotaSelectEvent } from '../../packages/elements/src/events/quota-select.js';
import { cleanup, expectAxeClean, fixture, recordEvents, settle, shadow, waitUntil } from './helpers.js';

/** The 5-stage funnel of `sampleData(7)` as it was written down here (tests read exact figures from it). */
const sample: FunnelData = {
  label: 'Q1 2025 pipeline',
  stages: [
    { id: 'lead', name: 'Leads', count: 1279, amount: 170_398_500, avgDays: 4.3, dwellBenchmark: 7 },
    { id: 'opportunity', name: 'Opportunities', count: 399, amount: 85_215_300, avgDays: 9.4, dwellBenchmark: 14 },
    { id: 'proposal', name: 'Proposal', count: 260, amount: 62_720_800, avgDays: 30.7, dwellBenchmark: 21 },
    { id: 'negotiation', name: 'Negotiation', count: 199, amount: 49_784_500, avgDays: 11.9, dwellBenchmark: 14 },
    { id: 'won', name: 'Won', count: 78, amount: 19_425_600 },
  ],
  benchmarks: [
    { from: 'opportunity', to: 'proposal', rate: 0.6 },
    { from: 'proposal', to: 'won', rate: 0.4 },
  ],
  lost: [
    { reason: 'Price', count: 56, amount: 11_766_300 },
    { reason: 'Competitor', count: 39, amount: 12_130_900 },
    { reason: 'No budget', count: 30, amount: 7_743_400 },
    { reason: 'Bad timing', count: 24, amount: 6_731_900 },
    { reason: 'No decision', count: 19, amount: 6_082_300 },
  ],
  currency: 'CNY',
};
const parts = (el: Element, name: string) => [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const stageItem = (el: Element, id: string) => shadow(el).querySelector<HTMLElement>(`li[data-stage="${id}"]`)!;
const bar = (el: Element, id: string) => stageItem(el, id).querySelector<HTMLElement>('[part~="shape"]')!;
const sizeOf = (b: HTMLElement) => Number(b.style.getPropertyValue('--_s'));

/** Opportunity → proposal at 48% against the seed's 60%: the bottleneck, 12 points short. */
const simple: FunnelData = {
  label: 'Q2 pipeline',
  stages: [
    { id: 'lead', name: 'Leads', count: 400, amount: 4_000_000, avgDays: 5, dwellBenchmark: 7 },
    { id: 'opportunity', name: 'Opportunities', count: 100, amount: 3_000_000, avgDays: 20, dwellBenchmark: 14 },
    { id: 'proposal', name: 'Proposal', count: 48, amount: 2_400_000 },
    { id: 'won', name: 'Won', count: 24, amount: 1_500_000 },
  ],
  lost: [
    { reason: 'Price', count: 30, amount: 900_000 },
    { reason: 'Competitor', count: 16 },
    { reason: 'Price', count: 4 },
  ],
};

const stagesOf = (n: number): FunnelData['stages'] =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}`, count: Math.round(1000 * 0.8 ** i), amount: Math.round(50_000 * 0.85 ** i) }));

/** Every label box: the texts a reader must be able to see, each whole. */
const LABELS = ['label', 'count', 'amount', 'cumulative', 'dwell', 'conversion', 'win-rate', 'bottleneck', 'measure', 'title', 'loss-reason'];

function expectLabelsApart(el: HTMLElement): void {
  const host = el.getBoundingClientRect();
  const boxes = LABELS.flatMap((name) => parts(el, name).map((e) => ({ name, e, r: e.getBoundingClientRect() })));
  expect(boxes.length).to.be.greaterThan(10);
  for (const b of boxes) {
    expect(b.r.width, `${b.name} "${text(b.e)}" is drawn`).to.be.greaterThan(0);
    expect(b.r.left, `${b.name} "${text(b.e)}" left`).to.be.at.least(host.left - 0.5);
    expect(b.r.right, `${b.name} "${text(b.e)}" right`).to.be.at.most(host.right + 0.5);
    expect(b.e.scrollWidth, `${b.name} "${text(b.e)}" not clipped`).to.be.at.most(b.e.clientWidth + 1);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
      const overlap = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 0.5 && Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 0.5;
      expect(overlap, `${a.name} "${text(a.e)}" overlaps ${b.name} "${text(b.e)}"`).to.equal(false);
    }
  }
}

/** Words with a digit that a line break cuts in two ("CN¥17" / "0.4M"), found from the position of each character. */
function brokenNumbers(root: Node): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = node.textContent ?? '';
    let top: number | undefined;
    for (let i = 0; i < t.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      if (top !== undefined && rect.top > top + 2 && /\S/.test(t[i - 1]!) && /\S/.test(t[i]!)) {
        const word = /\S*$/.exec(t.slice(0, i))![0] + /^\S*/.exec(t.slice(i))![0];
        if (/\d/.test(word)) out.push(word);
      }
      top = rect.top;
    }
  }
  return out;
}

async function atWidth(width: number, attrs: { orientation?: string; cumulative?: boolean; data?: unknown } = {}): Promise<QuotaFunnel> {
  const box = await fixture<HTMLElement>(html`<div style="width:${width}px">
    <quota-funnel locale="en-US" orientation=${attrs.orientation ?? 'vertical'} ?cumulative=${attrs.cumulative ?? true} .data=${attrs.data ?? sample}></quota-funnel>
  </div>`);
  const el = box.querySelector('quota-funnel')!;
  await waitUntil(() => ((el as unknown as { width: { value?: number } }).width.value ?? 0) > 0, 'a measured width');
  await settle(el);
  return el;
}

describe('<quota-funnel>', () => {
  afterEach(cleanup);

  it('is a labelled list of stages with count, amount, conversion from the previous stage and dwell as text', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${sample}></quota-funnel>`);
    const list = shadow(el).querySelector('ol.stages')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Q1 2025 pipeline: stages');
    expect(parts(el, 'stage').map((li) => li.dataset.stage)).to.deep.equal(['lead', 'opportunity', 'proposal', 'negotiation', 'won']);
    const opportunity = stageItem(el, 'opportunity');
    expect(text(opportunity.querySelector('[part~="label"]'))).to.equal('Opportunities');
    expect(text(opportunity.querySelector('[part~="count"]'))).to.equal('399 deals');
    expect(text(opportunity.querySelector('[part~="amount"]'))).to.equal('CN¥85.2M');
    expect(text(opportunity.querySelector('[part~="conversion"]'))).to.equal('31.2% from Leads');
    // The arrow is drawn, not read.
    expect(getComputedStyle(opportunity.querySelector('.rate')!, '::before').content).to.equal('"↓ " / ""');
    expect(text(opportunity.querySelector('[part~="dwell"]'))).to.equal('avg 9.4 days in stage');
    expect(text(stageItem(el, 'proposal').querySelector('[part~="conversion"]'))).to.contain('65.2% from Opportunities').and.contain('✓ meets the 60% benchmark');
    expect(stageItem(el, 'lead').querySelector('[part~="conversion"]')).to.equal(null);
    // The shapes are decoration; every figure is in the text.
    for (const s of shadow(el).querySelectorAll('.shape, .neck, .mark, .cmark')) expect(s.getAttribute('aria-hidden')).to.equal('true');
    // The stage button is described by its conversion and figures.
    const button = opportunity.querySelector('button')!;
    const described = button.getAttribute('aria-describedby')!.split(' ').map((id) => text(shadow(el).getElementById(id)));
    expect(described.join(' ')).to.contain('31.2% from Leads').and.contain('399 deals');
    await expectAxeClean(el);
  });

  it('shows the win rate and the loss reasons ranked, with counts, shares and bars', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${simple}></quota-funnel>`);
    expect(text(part(el, 'win-rate'))).to.equal('Win rate 24% (Won ÷ Opportunities)');
    const reasons = parts(el, 'loss-reason').map(text);
    expect(reasons).to.deep.equal(['Price 34 · 68% · 900K', 'Competitor 16 · 32%']);
    expect(text(part(el, 'loss-reasons'))).to.contain('Loss reasons · 50 lost deals');
    const bars = parts(el, 'loss-bar').map(sizeOf);
    expect(bars).to.deep.equal([1, 16 / 34]);
  });

  it('marks the bottleneck span with its shortfall against the benchmark', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${simple}></quota-funnel>`);
    expect(text(part(el, 'bottleneck'))).to.equal('⚠ Bottleneck: Opportunities → Proposal 48% vs 60% benchmark, −12 pp');
    expect(parts(el, 'stage-bottleneck').map((li) => li.dataset.stage)).to.deep.equal(['opportunity', 'proposal']);
    // One part styles the sentence and the span's stages; each stage keeps its other parts.
    expect(parts(el, 'bottleneck').map((e) => e.dataset.stage ?? e.localName)).to.deep.equal(['p', 'opportunity', 'proposal']);
    expect(stageItem(el, 'opportunity').getAttribute('part')!.split(' ')).to.include.members(['stage', 'stage-stalled', 'stage-bottleneck', 'bottleneck']);
    expect(stageItem(el, 'lead').getAttribute('part')!.split(' ')).to.not.include('bottleneck');
    expect(stageItem(el, 'opportunity').querySelector('.mark')!.classList.contains('b-start')).to.equal(true);
    expect(stageItem(el, 'proposal').querySelector('.mark')!.classList.contains('b-end')).to.equal(true);
    expect(stageItem(el, 'proposal').querySelector('[part~="connector"]')!.getAttribute('part')).to.contain('connector-bottleneck');
    expect(text(stageItem(el, 'proposal').querySelector('[part~="conversion"]'))).to.contain('✗ 12 pp below the 60% benchmark').and.contain('⚠ Bottleneck');
    await expectAxeClean(el);
  });

  it('brackets a bottleneck over a span of several stages (proposal → won across negotiation)', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${sample}></quota-funnel>`);
    expect(text(part(el, 'bottleneck'))).to.equal('⚠ Bottleneck: Proposal → Won 30% vs 40% benchmark, −10 pp');
    const marks = ['proposal', 'negotiation', 'won'].map((id) => [...stageItem(el, id).querySelector('.mark')!.classList].find((c) => c.startsWith('b-')));
    expect(marks).to.deep.equal(['b-start', 'b-middle', 'b-end']);
    expect(text(stageItem(el, 'won').querySelector('[part~="conversion"]'))).to.contain('Proposal → Won 30%: ✗ 10 pp below the 40% benchmark');
  });

  it('without benchmarks names the lowest conversion as the bottleneck, and uses the provider’s benchmarks when the data has none', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${{ ...simple, benchmarks: [] }}></quota-funnel>`);
    expect(text(part(el, 'bottleneck'))).to.equal('⚠ Bottleneck: Leads → Opportunities 25%, the lowest conversion (no benchmark applies)');
    expect(shadow(el).querySelector('.bench')).to.equal(null);
    const provided = await fixture<HTMLElement>(html`<quota-provider locale="en-US" .benchmarks=${[{ from: 'proposal', to: 'won', rate: 0.6 }]}>
      <quota-funnel .data=${simple}></quota-funnel>
    </quota-provider>`);
    const funnel = provided.querySelector('quota-funnel')!;
    await settle(funnel);
    expect(text(part(funnel, 'bottleneck'))).to.equal('⚠ Bottleneck: Proposal → Won 50% vs 60% benchmark, −10 pp');
    // The data's own benchmarks win over the provider's.
    funnel.data = { ...simple, benchmarks: [{ from: 'lead', to: 'opportunity', rate: 0.2 }] };
    await settle(funnel);
    expect(part(funnel, 'bottleneck')).to.equal(null);
    expect(text(part(funnel, 'no-bottleneck'))).to.equal('✓ Every benchmark is met');
  });

  it('highlights a stalled stage in words and shape, not colour alone', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${simple}></quota-funnel>`);
    expect(parts(el, 'stage-stalled').map((li) => li.dataset.stage)).to.deep.equal(['opportunity']);
    const dwell = stageItem(el, 'opportunity').querySelector('[part~="dwell"]')!;
    expect(dwell.getAttribute('part')).to.equal('dwell dwell-stalled');
    expect(text(dwell)).to.equal('⚠ Stalled: avg 20 days in stage, benchmark 14 days');
    const shape = getComputedStyle(bar(el, 'opportunity'));
    expect(shape.outlineStyle).to.equal('dashed');
    expect(shape.backgroundImage).to.contain('repeating-linear-gradient');
    expect(getComputedStyle(bar(el, 'lead')).outlineStyle).to.equal('none');
  });

  it('sizes the shapes by count, or by amount with measure="amount" (counts when a stage lacks one)', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${simple}></quota-funnel>`);
    expect(['lead', 'opportunity', 'proposal', 'won'].map((id) => sizeOf(bar(el, id)))).to.deep.equal([1, 0.25, 0.12, 0.06]);
    expect(text(part(el, 'measure'))).to.equal('Shapes show deal counts');
    el.measure = 'amount';
    await settle(el);
    expect(['lead', 'opportunity', 'proposal', 'won'].map((id) => sizeOf(bar(el, id)))).to.deep.equal([1, 0.75, 0.6, 0.375]);
    expect(el.getAttribute('measure')).to.equal('amount');
    expect(text(part(el, 'measure'))).to.equal('Shapes show amounts');
    el.data = { ...simple, stages: simple.stages.map((s, i) => (i === 2 ? { ...s, amount: undefined } : s)) };
    await settle(el);
    expect(sizeOf(bar(el, 'opportunity'))).to.equal(0.25);
    expect(text(part(el, 'measure'))).to.equal('Shapes show deal counts: not every stage has an amount');
  });

  it('adds the conversion from the top with the cumulative attribute', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${sample}></quota-funnel>`);
    expect(parts(el, 'cumulative')).to.have.length(0);
    el.cumulative = true;
    await settle(el);
    expect(parts(el, 'cumulative').map(text)).to.deep.equal(['31.2% of Leads', '20.3% of Leads', '15.6% of Leads', '6.1% of Leads']);
  });

  it('draws a horizontal funnel in columns when wide enough, vertically when not', async () => {
    const wide = await atWidth(1400, { orientation: 'horizontal' });
    expect(shadow(wide).querySelector('.funnel')!.classList.contains('mode-columns')).to.equal(true);
    expect(text(stageItem(wide, 'opportunity').querySelector('[part~="conversion"]'))).to.equal('31.2% from Leads');
    expect(getComputedStyle(stageItem(wide, 'opportunity').querySelector('.rate')!, '::before').content).to.equal('"→ " / ""');
    const lead = stageItem(wide, 'lead').getBoundingClientRect();
    const opp = stageItem(wide, 'opportunity').getBoundingClientRect();
    expect(opp.left).to.be.greaterThan(lead.left + lead.width / 2);
    expect(Math.abs(opp.top - lead.top)).to.be.below(1);
    expectLabelsApart(wide);
    await expectAxeClean(wide);
    const narrow = await atWidth(600, { orientation: 'horizontal' });
    expect(shadow(narrow).querySelector('.funnel')!.classList.contains('mode-funnel')).to.equal(true);
  });

  for (const width of [320, 600, 1200, 3840]) {
    it(`keeps every label whole, apart and inside the widget at ${width} px`, async () => {
      const el = await atWidth(width);
      const mode = width < 420 ? 'mode-bars' : 'mode-funnel';
      expect(shadow(el).querySelector('.funnel')!.classList.contains(mode), mode).to.equal(true);
      expectLabelsApart(el);
      if (width === 1200) expect(shadow(el).querySelector('.funnel')!.classList.contains('loss-beside')).to.equal(true);
    });
  }

  for (const width of [100, 120, 140]) {
    it(`never breaks a figure mid-number in stacked bars at ${width} px, one column when the bracket’s would leave labels too narrow`, async () => {
      const el = await atWidth(width);
      const funnel = shadow(el).querySelector('.funnel')!;
      expect(funnel.classList.contains('mode-bars')).to.equal(true);
      expect(funnel.classList.contains('one-column'), 'one column').to.equal(width < 140);
      expect(brokenNumbers(shadow(el))).to.deep.equal([]);
      expectLabelsApart(el);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      if (width < 140) {
        // The bracket is a rule along the span's start edge; the other stages keep the same (transparent) edge.
        const edge = (id: string) => getComputedStyle(stageItem(el, id).querySelector('.label')!).borderInlineStartColor;
        expect(edge('proposal')).to.equal(edge('won')).and.not.equal(edge('lead'));
        expect(stageItem(el, 'proposal').querySelector<HTMLElement>('.mark')!.getBoundingClientRect().width).to.equal(0);
      } else expect(getComputedStyle(stageItem(el, 'lead').querySelector('[part~="amount"]')!).whiteSpace).to.equal('nowrap');
      await expectAxeClean(el);
    });
  }

  it('keeps 12 stages’ labels apart on a phone and in a 12-column horizontal funnel', async () => {
    const data = { label: 'Twelve', stages: stagesOf(12) };
    const phone = await atWidth(320, { data });
    expect(parts(phone, 'stage')).to.have.length(12);
    expectLabelsApart(phone);
    const wall = await atWidth(3840, { data, orientation: 'horizontal' });
    expect(shadow(wall).querySelector('.funnel')!.classList.contains('mode-columns')).to.equal(true);
    expectLabelsApart(wall);
    await expectAxeClean(wall);
  });

  it('draws a 2-stage funnel', async () => {
    const el = await atWidth(600, { data: { stages: [{ id: 'lead', name: 'Leads', count: 50 }, { id: 'won', name: 'Won', count: 5 }] } });
    expect(parts(el, 'stage')).to.have.length(2);
    expect(text(stageItem(el, 'won').querySelector('[part~="conversion"]'))).to.equal('10% from Leads ⚠ Bottleneck');
    expect(text(part(el, 'bottleneck'))).to.contain('Leads → Won 10%, the lowest conversion');
    expect(part(el, 'win-rate'), 'won ÷ opportunities needs a stage between').to.equal(null);
    expect(part(el, 'loss-reasons')).to.equal(null);
    await expectAxeClean(el);
  });

  it('fires quota-select with the stage id on a click anywhere on the stage', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${sample}></quota-funnel>`);
    const events = recordEvents<QuotaSelectEvent>(el, 'quota-select');
    bar(el, 'proposal').click();
    stageItem(el, 'won').querySelector('button')!.click();
    await settle(el);
    expect(events.map((e) => e.detail)).to.deep.equal([
      { widget: 'funnel', id: 'proposal' },
      { widget: 'funnel', id: 'won' },
    ]);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(el.selected).to.equal('won');
    expect(stageItem(el, 'won').getAttribute('part')).to.contain('stage-selected');
    expect(stageItem(el, 'won').querySelector('button')!.getAttribute('aria-current')).to.equal('true');
    expect(stageItem(el, 'proposal').querySelector('button')!.hasAttribute('aria-current')).to.equal(false);
  });

  it('has one Tab stop; arrows, Home and End move between stages; Enter and Space select', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${sample}></quota-funnel>`);
    const events = recordEvents<QuotaSelectEvent>(el, 'quota-select');
    const buttons = () => [...shadow(el).querySelectorAll('button[data-key]')];
    expect(buttons().map((b) => b.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1']);
    const focused = () => (shadow(el).activeElement as HTMLElement | null)?.dataset.key;
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('lead');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused()).to.equal('opportunity');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused()).to.equal('proposal');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focused()).to.equal('won');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused()).to.equal('won');
    await sendKeys({ press: 'Home' });
    await settle(el);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focused()).to.equal('lead');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(events.map((e) => e.detail.id)).to.deep.equal(['proposal', 'lead']);
    expect(buttons().map((b) => b.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1']);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(buttons().map((b) => b.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1', '-1', '-1']);
  });

  it('keeps a Tab stop when the focused stage disappears from new data', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${sample}></quota-funnel>`);
    stageItem(el, 'negotiation').querySelector('button')!.click();
    await settle(el);
    expect(shadow(el).querySelector('button[tabindex="0"]')!.getAttribute('data-key')).to.equal('negotiation');
    el.data = { ...sample, stages: sample.stages.filter((s) => s.id !== 'negotiation') };
    await settle(el);
    expect([...shadow(el).querySelectorAll('button[tabindex="0"]')].map((b) => b.getAttribute('data-key'))).to.deep.equal(['lead']);
  });

  it('keeps the last good funnel and shows the bad field when data turns bad', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${simple}></quota-funnel>`);
    const errors = recordEvents<QuotaErrorEvent>(el, 'quota-error');
    el.data = { ...simple, stages: [{ ...simple.stages[0]!, count: -3 }, simple.stages[1]] };
    await settle(el);
    expect(text(part(el, 'error'))).to.contain('stages.0.count');
    expect(part(el, 'stale')).to.exist;
    expect(parts(el, 'stage')).to.have.length(4);
    expect(errors).to.have.length(1);
    el.data = { stages: [{ id: 'only', name: 'One', count: 3 }] };
    await settle(el);
    expect(text(part(el, 'error'))).to.contain('at least 2 stages');
    el.data = { ...simple, benchmarks: [{ from: 'nowhere', to: 'won', rate: 0.5 }] };
    await settle(el);
    expect(text(part(el, 'error'))).to.contain('benchmarks.0.from');
    await expectAxeClean(el);
  });

  it('keeps hostile stage names and loss reasons as text', async () => {
    const evil = '<img src=x onerror="window.hacked=1">';
    const data = { ...simple, label: evil, stages: simple.stages.map((s) => ({ ...s, name: `${evil} ${s.name}` })), lost: [{ reason: evil, count: 3 }] };
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${data}></quota-funnel>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(text(stageItem(el, 'lead').querySelector('button'))).to.equal(`${evil} Leads`);
    expect(text(part(el, 'bottleneck'))).to.contain(`${evil} Opportunities → ${evil} Proposal`);
    expect(text(part(el, 'loss-reason'))).to.contain(evil);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('names a stage by its id when its name is empty', async () => {
    const data = { ...simple, stages: simple.stages.map((s, i) => (i === 1 ? { ...s, name: ' ' } : s)) };
    const el = await fixture<QuotaFunnel>(html`<quota-funnel locale="en-US" .data=${data}></quota-funnel>`);
    expect(text(stageItem(el, 'opportunity').querySelector('button'))).to.equal('opportunity');
    // The win rate's basis and the bottleneck sentence name it the same way.
    expect(text(part(el, 'win-rate'))).to.equal('Win rate 24% (Won ÷ opportunity)');
    expect(text(part(el, 'bottleneck'))).to.contain('opportunity → Proposal');
    await expectAxeClean(el);
  });

  it('speaks Chinese with 万/亿 amounts in zh-CN', async () => {
    const zh = sampleData(7, { locale: 'zh-CN' }).funnel;
    const box = await fixture<HTMLElement>(html`<quota-provider locale="zh-CN" currency="CNY"><quota-funnel cumulative .data=${zh}></quota-funnel></quota-provider>`);
    const el = box.querySelector('quota-funnel')!;
    await settle(el);
    expect(text(part(el, 'win-rate'))).to.contain('赢单率');
    expect(text(part(el, 'bottleneck'))).to.contain('瓶颈').and.contain('个百分点');
    expect(text(part(el, 'amount'))).to.match(/亿|万/);
    expect(text(part(el, 'count'))).to.contain('笔');
    expect(text(part(el, 'dwell-stalled'))).to.contain('停滞');
    expect(text(part(el, 'cumulative'))).to.match(/^占/);
    expect(shadow(el).querySelector('.funnel')!.getAttribute('lang')).to.equal('zh-CN');
    await expectAxeClean(el);
  });

  for (const theme of ['dark', 'tv'] as const) {
    it(`passes axe (contrast included) in the ${theme} theme`, async () => {
      const box = await fixture<HTMLElement>(html`<quota-provider theme=${theme} locale="en-US"><quota-funnel cumulative .data=${sample}></quota-funnel></quota-provider>`);
      const el = box.querySelector('quota-funnel')!;
      await settle(el);
      await expectAxeClean(el);
    });
  }

  it('turns transitions off under prefers-reduced-motion', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel .data=${sample}></quota-funnel>`);
    expect(getComputedStyle(bar(el, 'lead')).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(bar(el, 'lead')).transitionDuration).to.equal('0s');
      expect(getComputedStyle(part(el, 'loss-bar')!).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('reuses the layout while data, settings, width and orientation stay the same', async () => {
    const el = await fixture<QuotaFunnel>(html`<quota-funnel .data=${sample}></quota-funnel>`);
    const memo = () => (el as unknown as { layoutOf?: { layout: object } }).layoutOf?.layout;
    const first = memo();
    el.selected = 'won';
    await settle(el);
    expect(memo()).to.equal(first);
    el.orientation = 'horizontal';
    await settle(el);
    expect(memo()).to.not.equal(first);
  });
});
