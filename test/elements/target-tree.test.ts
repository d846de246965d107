import { html, type TemplateResult } from 'lit';
import { expect } from 'chai';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { rollupTargets, sampleOrg, type TargetNode } from '@quota/domain';
import '../../packages/elements/src/target-tree/target-tree.js';
import '../../packages/elements/src/provider/provider.js';
import type { QuotaTargetTree } from '../../packages/elements/src/target-tree/target-tree.js';
import type { QuotaErrorEvent } from '../../packages/elements/src/events/quota-error.js';
import type { QuotaSelectEvent } from '../../packages/elements/src/events/quota-select.js';
import { cleanup, expectAxeClean, fixture, recordEvents, settle, shadow, waitUntil } from './helpers.js';

const Q1 = { start: '2025-01-01', end: '2025-03-31' };
const AS_OF = '2025-02-14'; // pace 50%

/**
 * Company 1,200 (by region) → East 600 (by org: Alice 240/300, Bob 60/300) + West 400 (by product: Carol 150/250,
 * Dan 100/200). The company's parts add up to 1,000: under-allocated by 200; West's to 450: over-allocated by 50.
 * Bob (20% at 50% pace) is critically behind pace.
 */
function org(): TargetNode {
  return {
    id: 'company', name: 'Company', split: 'region', target: 1200, period: Q1,
    children: [
      { id: 'east', name: 'East', split: 'org', target: 600, children: [
        { id: 'alice', name: 'Alice', target: 300, actual: 240 },
        { id: 'bob', name: 'Bob', target: 300, actual: 60 },
      ] },
      { id: 'west', name: 'West', split: 'product', target: 400, children: [
        { id: 'carol', name: 'Carol', target: 250, actual: 150 },
        { id: 'dan', name: 'Dan', target: 200, actual: 100 },
      ] },
    ],
  };
}

const root = (el: Element) => shadow(el);
const items = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[role="treeitem"]')];
const shown = (el: Element) => items(el).map((r) => r.dataset.key);
const item = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`[role="treeitem"][data-key="${CSS.escape(id)}"]`);
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: Element) => (root(el).activeElement as HTMLElement | null)?.dataset.key;
/** The shape drawn before an element (CSS generated content, alternative text empty): `"▽ " / ""` → `▽`. */
const glyph = (e: Element | null) => /^"(.*?)\s*"\s*\/\s*""$/.exec(getComputedStyle(e!, '::before').content)?.[1];
const wide = (content: TemplateResult) => html`<div style="width: 1200px">${content}</div>`;

async function mount(template: TemplateResult): Promise<QuotaTargetTree> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.localName === 'quota-target-tree' ? wrapper : wrapper.querySelector('quota-target-tree')!) as QuotaTargetTree;
  await settle(el);
  await waitUntil(() => items(el).length > 0, 'rows');
  return el;
}
const tree = (extra: Partial<QuotaTargetTree> = {}, data: unknown = org()) =>
  mount(wide(html`<quota-target-tree locale="en-US" currency="USD" as-of=${AS_OF} .data=${data} .expandDepth=${extra.expandDepth ?? 2}
    layout=${extra.layout ?? 'list'} ?attention=${extra.attention ?? false}></quota-target-tree>`));

async function press(el: QuotaTargetTree, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}
async function focusRow(el: QuotaTargetTree, id: string): Promise<void> {
  item(el, id)!.focus();
  await settle(el);
}

describe('<quota-target-tree>', () => {
  // The virtualiser measures rows in a ResizeObserver callback and renders the next ones there: Chromium then reports
  // the benign "ResizeObserver loop completed with undelivered notifications" to window.onerror (never to the
  // console), which mocha would take for a failure (the virtualiser ships a test helper doing the same).
  let onerror: OnErrorEventHandler;
  beforeEach(() => {
    onerror = window.onerror;
    // oxlint-disable-next-line unicorn/prefer-add-event-listener -- mocha listens through onerror itself
    window.onerror = (message, ...rest) =>
      typeof message === 'string' && message.includes('ResizeObserver loop') ? true : onerror?.call(window, message, ...rest);
  });
  // oxlint-disable-next-line unicorn/prefer-add-event-listener
  afterEach(() => (window.onerror = onerror));
  afterEach(cleanup);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is an APG tree: treeitems with level, set size, position, expanded and selected state, one in the tab order', async () => {
    const el = await tree();
    const t = root(el).querySelector('[role="tree"]')!;
    expect(t.getAttribute('aria-label')).to.equal('Target decomposition');
    expect(shown(el)).to.deep.equal(['company', 'east', 'alice', 'bob', 'west', 'carol', 'dan']);
    const attrs = (id: string) => ['aria-level', 'aria-setsize', 'aria-posinset', 'aria-expanded'].map((a) => item(el, id)!.getAttribute(a));
    expect(attrs('company')).to.deep.equal(['1', '1', '1', 'true']);
    expect(attrs('west')).to.deep.equal(['2', '2', '2', 'true']);
    expect(attrs('bob')).to.deep.equal(['3', '2', '2', null]);
    expect(items(el).filter((r) => r.tabIndex === 0).map((r) => r.dataset.key)).to.deep.equal(['company']);
    expect(items(el).every((r) => r.getAttribute('aria-selected') === 'false')).to.equal(true);
    await expectAxeClean(el);
  });

  it('shows each node’s target, actual, attainment with tier and pace status in words, gap and forecast', async () => {
    const el = await tree();
    const bob = item(el, 'bob')!;
    expect(text(bob.querySelector('.target'))).to.equal('Target $300');
    expect(text(bob.querySelector('.actual'))).to.equal('Actual $60');
    expect(text(bob.querySelector('[part~="attainment"]'))).to.equal('Attainment 20% Below standard');
    expect(glyph(bob.querySelector('[part~="tier"]'))).to.equal('▽');
    expect(text(bob.querySelector('[part~="pace"]'))).to.equal('Behind pace (expected 50%)');
    expect(glyph(bob.querySelector('[part~="pace"]'))).to.equal('‼');
    expect(bob.querySelector('[part~="pace"]')!.classList.contains('critical')).to.equal(true);
    expect(text(bob.querySelector('.gap'))).to.equal('Gap $240');
    expect(text(bob.querySelector('.forecast'))).to.equal('Forecast $120');
    const alice = item(el, 'alice')!;
    expect(text(alice.querySelector('[part~="attainment"]'))).to.equal('Attainment 80% Standard');
    expect(glyph(alice.querySelector('[part~="tier"]'))).to.equal('○');
    expect(text(alice.querySelector('[part~="pace"]'))).to.equal('On pace (expected 50%)');
    expect(glyph(alice.querySelector('[part~="pace"]'))).to.equal('✓');
    expect(item(el, 'bob')!.getAttribute('part')).to.equal('node node-flagged');
  });

  it('shows a target mismatch as over- or under-allocated with the amount, and says what children split by', async () => {
    const el = await tree();
    const badge = (id: string) => item(el, id)!.querySelector('[part~="highlight-target-mismatch"]');
    expect(text(badge('company'))).to.equal('Under-allocated by $200');
    expect(glyph(badge('company'))).to.equal('⇣');
    expect(badge('company')!.getAttribute('title')).to.contain('under-allocated by 200');
    expect(text(badge('west'))).to.equal('Over-allocated by $50');
    expect(glyph(badge('west'))).to.equal('⇡');
    expect(badge('east')).to.equal(null);
    expect(text(item(el, 'company')!.querySelector('[part="split"]'))).to.equal('by region');
    expect(text(item(el, 'west')!.querySelector('[part="split"]'))).to.equal('by product');
    expect(item(el, 'alice')!.querySelector('[part="split"]')).to.equal(null);
  });

  it('opens and closes a node with its toggle, keeping open nodes through a data refresh', async () => {
    const el = await tree({ expandDepth: 1 });
    expect(shown(el)).to.deep.equal(['company', 'east', 'west']);
    item(el, 'west')!.querySelector<HTMLElement>('[part="toggle"]')!.click();
    await settle(el);
    expect(shown(el)).to.deep.equal(['company', 'east', 'west', 'carol', 'dan']);
    expect(item(el, 'west')!.getAttribute('aria-expanded')).to.equal('true');
    el.data = { ...org(), name: 'Company (refreshed)' };
    await settle(el);
    expect(shown(el)).to.deep.equal(['company', 'east', 'west', 'carol', 'dan']);
    item(el, 'west')!.querySelector<HTMLElement>('[part="toggle"]')!.click();
    await settle(el);
    expect(shown(el)).to.deep.equal(['company', 'east', 'west']);
  });

  it('moves with Down, Up, Home and End; Right opens then enters, Left closes then goes to the parent (roving tabindex)', async () => {
    const el = await tree({ expandDepth: 1 });
    await focusRow(el, 'company');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('east');
    expect(item(el, 'east')!.tabIndex).to.equal(0);
    expect(item(el, 'company')!.tabIndex).to.equal(-1);
    await press(el, 'ArrowRight');
    expect(item(el, 'east')!.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal('east');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('alice');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('alice');
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.equal('east');
    await press(el, 'ArrowLeft');
    expect(item(el, 'east')!.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(el)).to.deep.equal(['company', 'east', 'west']);
    await press(el, 'End');
    expect(focused(el)).to.equal('west');
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('east');
    await press(el, 'Home');
    expect(focused(el)).to.equal('company');
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('company');
    await press(el, 'ArrowLeft');
    expect(item(el, 'company')!.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(el)).to.deep.equal(['company']);
  });

  it('opens one level by default, a closed node saying how many below it need attention', async () => {
    const el = await mount(wide(html`<quota-target-tree currency="USD" as-of=${AS_OF} .data=${org()}></quota-target-tree>`));
    expect(shown(el)).to.deep.equal(['company', 'east', 'west']);
    expect(text(item(el, 'east')!.querySelector('[part="below"]'))).to.equal('1 below need attention');
    expect(item(el, 'west')!.querySelector('[part="below"]')).to.equal(null);
    expect(item(el, 'company')!.querySelector('[part="below"]')).to.equal(null);
    item(el, 'east')!.querySelector<HTMLElement>('[part="toggle"]')!.click();
    await settle(el);
    expect(item(el, 'east')!.querySelector('[part="below"]')).to.equal(null);
  });

  it('opens every sibling with *', async () => {
    const el = await tree({ expandDepth: 1 });
    await focusRow(el, 'east');
    await press(el, '*');
    expect(shown(el)).to.deep.equal(['company', 'east', 'alice', 'bob', 'west', 'carol', 'dan']);
  });

  it('fires quota-select with the node id on Enter, Space and click, and marks the node selected', async () => {
    const el = await tree();
    const picks = recordEvents<QuotaSelectEvent>(el, 'quota-select');
    await focusRow(el, 'east');
    await press(el, 'Enter');
    await press(el, 'ArrowDown');
    await press(el, ' ');
    item(el, 'dan')!.querySelector<HTMLElement>('.name')!.click();
    await settle(el);
    expect(picks.map((e) => e.detail)).to.deep.equal([
      { widget: 'target-tree', id: 'east' },
      { widget: 'target-tree', id: 'alice' },
      { widget: 'target-tree', id: 'dan' },
    ]);
    expect(picks[0]!.bubbles && picks[0]!.composed).to.equal(true);
    expect(el.selected).to.equal('dan');
    expect(items(el).filter((r) => r.getAttribute('aria-selected') === 'true').map((r) => r.dataset.key)).to.deep.equal(['dan']);
    expect(item(el, 'dan')!.getAttribute('part')).to.contain('node-selected');
  });

  it('jumps by type-ahead to the next name starting with the typed letters, Chinese names included', async () => {
    const data = org();
    data.children![1]!.children!.push({ id: 'hua', name: '华南区', target: 10, actual: 5 }, { id: 'hua2', name: '华北区', target: 10, actual: 5 });
    const el = await tree({}, data);
    await focusRow(el, 'company');
    await sendKeys({ type: 'd' });
    await settle(el);
    expect(focused(el)).to.equal('dan');
    await new Promise((r) => setTimeout(r, 600));
    await sendKeys({ type: 'ca' });
    await settle(el);
    expect(focused(el)).to.equal('carol');
    await new Promise((r) => setTimeout(r, 600));
    await sendKeys({ type: 'e' });
    await settle(el);
    expect(focused(el)).to.equal('east');
    // An IME or a Chinese keyboard layout delivers the character itself as the key.
    const typeKey = async (key: string) => {
      root(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      await settle(el);
    };
    await new Promise((r) => setTimeout(r, 600));
    await typeKey('华');
    expect(focused(el)).to.equal('hua');
    await new Promise((r) => setTimeout(r, 600));
    await typeKey('华');
    await typeKey('北');
    expect(focused(el)).to.equal('hua2');
  });

  it('types a space into a type-ahead search begun less than half a second before, and selects with Space after a pause', async () => {
    const data = org();
    data.children![0]!.children!.push({ id: 'newark', name: 'Newark', target: 10, actual: 5 }, { id: 'ny', name: 'New York', target: 10, actual: 5 });
    const el = await tree({}, data);
    const picks = recordEvents<QuotaSelectEvent>(el, 'quota-select');
    await focusRow(el, 'company');
    await sendKeys({ type: 'new y' });
    await settle(el);
    expect(focused(el)).to.equal('ny');
    expect(picks).to.have.length(0);
    await new Promise((r) => setTimeout(r, 600));
    await press(el, ' ');
    expect(picks.map((e) => e.detail.id)).to.deep.equal(['ny']);
    await expectAxeClean(el);
  });

  it('drills into a subtree with Shift+Enter and the drill glyph, with a breadcrumb and Backspace back up', async () => {
    const el = await tree();
    await focusRow(el, 'west');
    await sendKeys({ down: 'Shift' });
    await press(el, 'Enter');
    await sendKeys({ up: 'Shift' });
    expect(el.drill).to.equal('west');
    expect(shown(el)).to.deep.equal(['west', 'carol', 'dan']);
    expect(item(el, 'west')!.getAttribute('aria-level')).to.equal('1');
    expect(focused(el)).to.equal('west');
    const crumbs = root(el).querySelector('[part="breadcrumb"]')!;
    expect(crumbs.getAttribute('aria-label')).to.equal('Drill-down path');
    expect([...crumbs.querySelectorAll('li')].map(text)).to.deep.equal(['Company', 'West']);
    expect(crumbs.querySelector('[aria-current="location"]')?.textContent).to.equal('West');
    await expectAxeClean(el);
    await press(el, 'Backspace');
    expect(el.drill).to.equal(undefined);
    expect(focused(el)).to.equal('west');
    expect(root(el).querySelector('[part="breadcrumb"]')).to.equal(null);
    item(el, 'east')!.querySelector<HTMLElement>('[part="drill"]')!.click();
    await settle(el);
    expect(shown(el)).to.deep.equal(['east', 'alice', 'bob']);
    root(el).querySelector<HTMLElement>('[part="crumb"]')!.click();
    await settle(el);
    expect(shown(el)[0]).to.equal('company');
    expect(focused(el)).to.equal('company');
  });

  it('attention mode opens every path to a highlighted node, dims the rest and restores what was open when turned off', async () => {
    const el = await tree({ expandDepth: 1 });
    const toggle = root(el).querySelector<HTMLElement>('[part="attention-toggle"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(text(toggle)).to.contain('3 need attention');
    toggle.click();
    await settle(el);
    expect(el.attention).to.equal(true);
    expect(el.hasAttribute('attention')).to.equal(true);
    // Bob (behind pace) is under East; the company and West have mismatches themselves: West stays closed.
    expect(shown(el)).to.deep.equal(['company', 'east', 'alice', 'bob', 'west']);
    const dimmed = items(el).filter((r) => r.getAttribute('part')!.includes('node-dimmed')).map((r) => r.dataset.key);
    expect(dimmed).to.deep.equal(['alice']);
    await expectAxeClean(el);
    el.attention = false;
    await settle(el);
    expect(shown(el)).to.deep.equal(['company', 'east', 'west']);
    expect(items(el).some((r) => r.getAttribute('part')!.includes('node-dimmed'))).to.equal(false);
  });

  it('renders a small window of a 10,000-rep tree, opens a node without rolling up again, and End reaches the last row', async () => {
    const data = sampleOrg(7, 10_000);
    const el = await mount(html`<quota-target-tree style="--target-tree-max-height: 400px" as-of="2025-02-14" expand-depth="2" .data=${data}></quota-target-tree>`);
    const rolled = (el as unknown as { view: unknown }).view;
    expect(items(el).length).to.be.within(5, 60);
    const team = items(el).find((r) => r.getAttribute('aria-level') === '3')!;
    const id = team.dataset.key!;
    team.querySelector<HTMLElement>('[part="toggle"]')!.click();
    await settle(el);
    await waitUntil(() => item(el, id)?.getAttribute('aria-expanded') === 'true', 'team opened');
    expect(items(el).some((r) => r.getAttribute('aria-level') === '4')).to.equal(true);
    expect((el as unknown as { view: unknown }).view).to.equal(rolled);
    await focusRow(el, 'company');
    await press(el, 'End');
    await waitUntil(() => focused(el) !== 'company', 'focus on the last row');
    const last = item(el, focused(el)!)!;
    expect(last.getAttribute('aria-level')).to.equal('3');
    expect(items(el).length).to.be.below(80);
    await press(el, 'Home');
    await waitUntil(() => focused(el) === 'company', 'focus back on the first row');
    // Scrolled away from the active row (no longer in the DOM), the list itself takes Tab and hands focus back to it.
    const list = root(el).querySelector<HTMLElement>('.list')!;
    list.scrollTop = list.scrollHeight;
    await waitUntil(() => !item(el, 'company') && list.tabIndex === 0, 'the list in the tab order');
    list.focus();
    await waitUntil(() => focused(el) === 'company', 'focus handed to the active row');
    expect(list.tabIndex).to.equal(-1);
  });

  it('opening a region with 438 teams draws only the rows in view and about one more each way', async () => {
    const data = rollupTargets(sampleOrg(7, 10_000), { asOf: AS_OF });
    const wideRegion = data.children.reduce((a, b) => (b.children.length > a.children.length ? b : a));
    expect(wideRegion.children.length).to.equal(438);
    const el = await mount(html`<quota-target-tree style="--target-tree-max-height: 400px" as-of=${AS_OF} .data=${data}></quota-target-tree>`);
    item(el, wideRegion.id)!.querySelector<HTMLElement>('[part="toggle"]')!.click();
    await settle(el);
    await waitUntil(() => item(el, wideRegion.id)?.getAttribute('aria-expanded') === 'true', 'region opened');
    const list = root(el).querySelector('.list')!.getBoundingClientRect();
    const rowHeight = items(el)[0]!.getBoundingClientRect().height;
    const inView = Math.ceil(list.height / rowHeight);
    expect(items(el).length).to.be.within(inView, inView + 2);
    expect(item(el, wideRegion.children[1]!.id)!.getAttribute('aria-setsize')).to.equal('438');
    await expectAxeClean(el);
  });

  it('renders a 1,000-level chain opened all the way without a stack overflow, deep rows saying their level', async () => {
    const top: TargetNode = { id: 'n0', name: 'Level 0' };
    let node = top;
    for (let i = 1; i < 1000; i++) node = (node.children = [{ id: `n${i}`, name: `Level ${i}` }])[0]!;
    node.target = 10;
    node.actual = 2;
    const el = await mount(html`<quota-target-tree as-of=${AS_OF} .expandDepth=${1000} .data=${top}></quota-target-tree>`);
    expect(item(el, 'n0')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    await focusRow(el, 'n0');
    await press(el, 'End');
    await waitUntil(() => focused(el) === 'n999', 'focus on the deepest node');
    expect(item(el, 'n999')!.getAttribute('aria-level')).to.equal('1000');
    expect(text(item(el, 'n999')!.querySelector('.deep'))).to.equal('level 1,000');
  });

  it('draws a node-link tree for a small tree: boxes in reading order, links, the same keys', async () => {
    const el = await tree({ layout: 'tree' });
    expect(root(el).querySelector('.graph')).to.exist;
    expect(root(el).querySelectorAll('[part="link"]')).to.have.length(6);
    expect(shown(el)).to.deep.equal(['company', 'east', 'alice', 'bob', 'west', 'carol', 'dan']);
    const box = (id: string) => item(el, id)!.getBoundingClientRect();
    expect(box('east').left).to.be.above(box('company').right);
    expect(box('alice').bottom).to.be.at.most(box('bob').top + 1);
    await focusRow(el, 'company');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('east');
    await expectAxeClean(el);
  });

  it('node-link boxes show every node’s gap and, closed, how many below need attention, each box tall enough for its lines', async () => {
    const el = await tree({ layout: 'tree', expandDepth: 1 });
    expect(shown(el)).to.deep.equal(['company', 'east', 'west']);
    expect(text(item(el, 'company')!.querySelector('.gap'))).to.equal('Gap $650');
    expect(text(item(el, 'east')!.querySelector('.gap'))).to.equal('Gap $300');
    expect(text(item(el, 'east')!.querySelector('[part="below"]'))).to.equal('1 below need attention');
    expect(item(el, 'west')!.querySelector('[part="below"]')).to.equal(null);
    const fits = (id: string) => item(el, id)!.scrollHeight <= item(el, id)!.clientHeight + 1;
    expect(['company', 'east', 'west'].filter((id) => !fits(id))).to.deep.equal([]);
    await expectAxeClean(el);
    item(el, 'east')!.querySelector<HTMLElement>('[part="toggle"]')!.click();
    await settle(el);
    expect(item(el, 'east')!.querySelector('[part="below"]')).to.equal(null);
    expect(text(item(el, 'bob')!.querySelector('.gap'))).to.equal('Gap $240');
    expect(shown(el).filter((id) => !fits(id!))).to.deep.equal([]);
  });

  it('falls back from the node-link tree to the list when it is too big or too wide, and says so', async () => {
    const big = await mount(wide(html`<quota-target-tree layout="tree" .expandDepth=${10} .data=${sampleOrg(7, 200)}></quota-target-tree>`));
    expect(text(root(big).querySelector('[part="notice"]'))).to.match(/^\d+ nodes are open, more than the tree view draws \(150\)/);
    expect(root(big).querySelector('.graph')).to.equal(null);
    expect(root(big).querySelector('.list')).to.exist;
    const narrow = await mount(html`<div style="width: 360px"><quota-target-tree layout="tree" .data=${org()}></quota-target-tree></div>`);
    expect(text(root(narrow).querySelector('[part="notice"]'))).to.equal('Not enough room for the tree view here: showing the list.');
    await expectAxeClean(narrow);
  });

  it('takes rollupTargets output computed elsewhere (also through JSON) and draws it as is', async () => {
    const rolled = JSON.parse(JSON.stringify(rollupTargets(org(), { asOf: AS_OF })));
    rolled.children[0].name = 'East (server)';
    const el = await mount(html`<quota-target-tree currency="USD" as-of="2030-01-01" expand-depth="2" .data=${rolled}></quota-target-tree>`);
    expect(text(item(el, 'east')!.querySelector('.name'))).to.equal('East (server)');
    expect(text(item(el, 'bob')!.querySelector('[part~="pace"]'))).to.contain('expected 50%');
    rolled.children[0].actual = 'lots';
    el.data = { ...rolled };
    await settle(el);
    expect(text(root(el).querySelector('[part="error"]'))).to.contain('children.0.actual');
  });

  it('keeps the last good tree and names the field when data turns bad (duplicate ids)', async () => {
    const el = await tree();
    const errors = recordEvents<QuotaErrorEvent>(el, 'quota-error');
    const bad = org();
    bad.children![1]!.children![1]!.id = 'alice';
    el.data = bad;
    await settle(el);
    expect(text(root(el).querySelector('[part="error"]'))).to.contain('children.1.children.1.id').and.contain('duplicate id "alice"');
    expect(root(el).querySelector('[part="stale"]')).to.exist;
    expect(shown(el)).to.include('dan');
    expect(errors).to.have.length(1);
    await expectAxeClean(el);
  });

  it('keeps hostile names as text', async () => {
    const data = org();
    data.name = '<img src=x onerror="window.hacked=1">';
    data.children![0]!.id = '"]<b>';
    const el = await tree({}, data);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(item(el, 'company')!.querySelector('.name')!.textContent).to.equal('<img src=x onerror="window.hacked=1">');
    await focusRow(el, '"]<b>');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('alice');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('speaks zh-CN: Chinese labels, split names, 万 amounts and highlight sentences', async () => {
    const data = org();
    data.target = 12_000_000;
    const el = await mount(html`<quota-provider locale="zh-CN" currency="CNY" as-of=${AS_OF}>
      <div style="width: 1200px"><quota-target-tree expand-depth="2" .data=${data}></quota-target-tree></div>
    </quota-provider>`);
    expect(root(el).querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal('目标分解');
    expect(text(item(el, 'company')!.querySelector('[part="split"]'))).to.equal('按区域');
    expect(text(item(el, 'company')!.querySelector('.target'))).to.contain('万');
    expect(text(item(el, 'bob')!.querySelector('[part~="pace"]'))).to.contain('落后进度');
    expect(text(item(el, 'bob')!.querySelector('[part~="tier"]'))).to.contain('未达标');
    const mismatch = item(el, 'company')!.querySelector('[part~="highlight-target-mismatch"]')!;
    expect(text(mismatch)).to.contain('分配不足').and.contain('万');
    expect(mismatch.getAttribute('title')).to.contain('分配不足');
    expect(text(root(el).querySelector('[part="attention-toggle"]'))).to.contain('项需关注');
  });

  it('stacks rows with visible labels on a phone, and stays axe clean in the dark and tv themes', async () => {
    await setViewport({ width: 360, height: 700 });
    const el = await mount(html`<quota-target-tree theme="dark" currency="USD" as-of=${AS_OF} expand-depth="2" .data=${org()}></quota-target-tree>`);
    const label = item(el, 'bob')!.querySelector<HTMLElement>('.target .lbl')!;
    expect(label.getBoundingClientRect().width).to.be.above(10);
    expect(root(el).querySelector<HTMLElement>('[part="header"]')!.getBoundingClientRect().height).to.equal(0);
    const row = item(el, 'bob')!.getBoundingClientRect();
    expect(row.right).to.be.at.most(360);
    await expectAxeClean(el);
    el.theme = 'tv';
    el.attention = true;
    await settle(el);
    await expectAxeClean(el);
  });

  it('turns the bar transition off under prefers-reduced-motion', async () => {
    const el = await tree();
    const bar = () => item(el, 'bob')!.querySelector<HTMLElement>('.bar')!;
    expect(getComputedStyle(bar()).transitionDuration).not.to.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(bar()).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
});
