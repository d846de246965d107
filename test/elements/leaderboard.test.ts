import { html } from 'lit';
import { expect } from 'chai';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { sampleData, sampleLeaderboard, type LeaderboardData } from '@quota/domain';
import '../../packages/elements/src/leaderboard/leaderboard.js';
import '../../packages/elements/src/provider/provider.js';
import type { QuotaLeaderboard } from '../../packages/elements/src/leaderboard/leaderboard.js';
import type { QuotaErrorEvent } from '../../packages/elements/src/events/quota-error.js';
import type { QuotaSelectEvent } from '../../packages/elements/src/events/quota-select.js';
import { cleanup, expectAxeClean, fixture, nextFrame, recordEvents, setEndpoint, settle, shadow, waitUntil } from './helpers.js';

/**
 * Ann 150% (was 4th: ▲3, most improved, champion); Cai and Bob tie at 120% (rank 2, Cai first on amount; Cai is a
 * 3-month newcomer, Bob gave a 25% discount); Dee 50% (▼1); Eve 40%, new. The period is over: below 80% is flagged.
 */
const base: LeaderboardData = {
  label: 'March ranking',
  period: { start: '2025-03-01', end: '2025-03-31' },
  asOf: '2025-03-31',
  currency: 'USD',
  entries: [
    { id: 'ann', name: 'Ann', team: 'East', target: 100_000, actual: 150_000, previousRank: 4, tenureMonths: 24 },
    { id: 'bob', name: 'Bob', team: 'East', target: 100_000, actual: 120_000, previousRank: 1, tenureMonths: 30, quality: { discount: 0.25 } },
    { id: 'cai', name: 'Cai', team: 'West', target: 200_000, actual: 240_000, previousRank: 2, tenureMonths: 3 },
    { id: 'dee', name: 'Dee', team: 'West', target: 100_000, actual: 50_000, previousRank: 3, tenureMonths: 40 },
    { id: 'eve', name: 'Eve', target: 100_000, actual: 40_000, tenureMonths: 2 },
  ],
};

const root = (el: Element) => shadow(el);
const rows = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.tbody [role="row"]')];
const row = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`.tbody [data-key="${id}"]`)!;
const cell = (r: Element, part: string) => r.querySelector<HTMLElement>(`[part~="${part}"]`);
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A column header's name as read out (the narrow ones show a short form and hide the full name for screen readers). */
const headerNames = (el: Element) => [...root(el).querySelectorAll('[role="columnheader"]')].map((h) => text(h.querySelector('.visually-hidden') ?? h));
const order = (el: Element) => rows(el).map((r) => r.dataset.key);
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const wide = (content: ReturnType<typeof html>) => html`<div style="width: 1100px">${content}</div>`;

async function board(template: ReturnType<typeof html>): Promise<QuotaLeaderboard> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.localName === 'quota-leaderboard' ? wrapper : wrapper.querySelector('quota-leaderboard')!) as QuotaLeaderboard;
  await settle(el);
  return el;
}

describe('<quota-leaderboard>', () => {
  afterEach(cleanup);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is a table labelled by its title, with column headers and each name as the row header', async () => {
    const el = await board(wide(html`<quota-leaderboard locale="en-US" .data=${base}></quota-leaderboard>`));
    const table = root(el).querySelector('[role="table"]')!;
    expect(root(el).getElementById(table.getAttribute('aria-labelledby')!)?.textContent).to.equal('March ranking');
    expect(table.getAttribute('aria-rowcount')).to.equal('6');
    const headers = headerNames(el);
    expect(headers.slice(0, 4)).to.deep.equal(['Rank', 'Change', 'Name', 'Team']);
    expect(text(root(el).querySelector('[role="columnheader"].rank [aria-hidden="true"]'))).to.equal('#');
    expect(headers[4]).to.contain('Attainment');
    expect(rows(el).map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4', '5', '6']);
    expect(rows(el).map((r) => text(r.querySelector('[role="rowheader"] .name-text')))).to.deep.equal(['Ann', 'Cai', 'Bob', 'Dee', 'Eve']);
    await expectAxeClean(el);
  });

  it('shares a rank between ties (1, 2, 2, 4) and says "tied"', async () => {
    const el = await board(wide(html`<quota-leaderboard .data=${base}></quota-leaderboard>`));
    expect(rows(el).map((r) => text(cell(r, 'rank')).replace(/\D/g, ''))).to.deep.equal(['1', '2', '2', '4', '5']);
    expect(text(cell(row(el, 'cai'), 'rank'))).to.contain('tied');
    expect(text(cell(row(el, 'ann'), 'rank'))).not.to.contain('tied');
  });

  it('shows movement as an arrow with the places (▲3, ▼1, –) and NEW, said in words', async () => {
    const el = await board(wide(html`<quota-leaderboard .data=${base}></quota-leaderboard>`));
    const move = (id: string) => cell(row(el, id), 'movement')!;
    expect(text(move('ann').querySelector('[aria-hidden="true"]'))).to.equal('▲3');
    expect(text(move('ann').querySelector('.visually-hidden'))).to.equal('up 3 places');
    expect(move('ann').getAttribute('part')).to.contain('movement-up');
    expect(text(move('bob').querySelector('[aria-hidden="true"]'))).to.equal('▼1');
    expect(text(move('bob').querySelector('.visually-hidden'))).to.equal('down 1 place');
    expect(text(move('cai').querySelector('[aria-hidden="true"]'))).to.equal('–');
    expect(text(move('cai').querySelector('.visually-hidden'))).to.equal('no change');
    expect(text(move('eve').querySelector('[part="new"]'))).to.equal('NEW');
    expect(text(move('eve').querySelector('.visually-hidden'))).to.equal('new entry');
  });

  it('awards the champion, best newcomer and most improved badges as parts', async () => {
    const el = await board(wide(html`<quota-leaderboard .data=${base}></quota-leaderboard>`));
    const badges = (id: string) => [...row(el, id).querySelectorAll('[part~="badge"]')].map((b) => `${b.getAttribute('part')}: ${text(b)}`);
    expect(badges('ann')).to.deep.equal(['badge badge-champion: ★ Champion', 'badge badge-most-improved: ⇧ Most improved']);
    expect(badges('cai')).to.deep.equal(['badge badge-newcomer: ✦ Best newcomer']);
    expect(badges('eve')).to.deep.equal([]);
  });

  it('names the tier beside the attainment bar and makes a result bought with discounts visible', async () => {
    const el = await board(wide(html`<quota-leaderboard .data=${base}></quota-leaderboard>`));
    const bob = row(el, 'bob');
    expect(text(cell(bob, 'attainment')!.querySelector('.pct'))).to.equal('120%');
    expect(text(cell(bob, 'tier'))).to.equal('Outstanding');
    expect(text(cell(row(el, 'dee'), 'tier'))).to.equal('Below standard');
    expect(cell(bob, 'bar')!.querySelector('.fill')!.getAttribute('width')).to.equal(String((1.2 / 1.75) * 100));
    expect(bob.getAttribute('part')).to.equal('row row-flagged');
    expect(text(cell(bob, 'flag-mark'))).to.contain('quality rule broken');
    const flag = cell(bob, 'flag')!;
    expect(flag.getAttribute('part')).to.equal('flag flag-quality-violation');
    expect(text(flag)).to.contain('Discount 25% > 15%');
    expect(flag.title).to.contain('discount beyond authorisation');
    expect(cell(row(el, 'ann'), 'flag')).to.equal(null);
    expect(text(cell(row(el, 'dee'), 'flag'))).to.contain('Below 80%');
  });

  it('ends the bar of an attainment past the scale’s top (300%) in ↗, said "beyond the scale"', async () => {
    const data = { ...base, entries: base.entries.map((e) => (e.id === 'ann' ? { ...e, actual: 400_000 } : e)) };
    const el = await board(wide(html`<quota-leaderboard locale="en-US" .data=${data}></quota-leaderboard>`));
    const over = cell(row(el, 'ann'), 'attainment')!.querySelector('[part="bar-overflow"]')!;
    expect(over, 'the overflow mark').to.exist;
    expect(text(over.querySelector('[aria-hidden="true"]'))).to.equal('↗');
    expect(text(over.querySelector('.visually-hidden'))).to.equal('beyond the scale');
    expect(cell(row(el, 'ann'), 'bar')!.querySelector('.fill')!.getAttribute('width')).to.equal('100');
    expect(root(el).querySelectorAll('[part="bar-overflow"]')).to.have.length(1);
    const bar = cell(row(el, 'ann'), 'bar')!.getBoundingClientRect();
    const mark = over.getBoundingClientRect();
    expect(mark.right, 'the mark sits at the bar’s end').to.be.closeTo(bar.right, 1);
    await expectAxeClean(el);
  });

  it('ranks by amount with rank-by, the data’s rankBy or the Amount header button (aria-sort follows)', async () => {
    const el = await board(wide(html`<quota-leaderboard rank-by="amount" .data=${base}></quota-leaderboard>`));
    expect(order(el)).to.deep.equal(['cai', 'ann', 'bob', 'dee', 'eve']);
    expect(root(el).querySelector('[aria-sort]')?.classList.contains('amount')).to.equal(true);
    el.rankBy = undefined;
    el.data = { ...base, rankBy: 'amount' };
    await settle(el);
    expect(order(el)).to.deep.equal(['cai', 'ann', 'bob', 'dee', 'eve']);
    el.data = base;
    await settle(el);
    expect(order(el)).to.deep.equal(['ann', 'cai', 'bob', 'dee', 'eve']);
    expect(root(el).querySelector('[aria-sort="descending"]')?.classList.contains('attainment')).to.equal(true);
    root(el).querySelector<HTMLButtonElement>('[role="columnheader"].amount button')!.click();
    await settle(el);
    expect(el.rankBy).to.equal('amount');
    expect(el.getAttribute('rank-by')).to.equal('amount');
    expect(order(el)).to.deep.equal(['cai', 'ann', 'bob', 'dee', 'eve']);
    expect(root(el).querySelector('[aria-sort="descending"]')?.classList.contains('amount')).to.equal(true);
    await expectAxeClean(el);
  });

  it('shows the process KPIs against their targets with kpis, met ✓ and missed ✗ in words too', async () => {
    const data: LeaderboardData = {
      ...base,
      kpiTargets: { weeklyVisits: 6 },
      entries: base.entries.map((e, i) => ({ ...e, kpis: { weeklyVisits: 4 + i, monthlyOpportunities: 15, opportunityToProposal: 0.55, proposalToWon: 0.5 } })),
    };
    const el = await board(html`<div style="width: 1600px"><quota-leaderboard .data=${data}></quota-leaderboard></div>`);
    expect(root(el).querySelector('[role="columnheader"].weeklyVisits')).to.equal(null);
    el.kpis = true;
    await settle(el);
    const header = (id: string) => text(root(el).querySelector(`[role="columnheader"].${id}`));
    expect(header('weeklyVisits')).to.equal('Visits / week ≥ 6');
    expect(header('opportunityToProposal')).to.equal('Opp. → proposal ≥ 60%');
    const kpis = [...row(el, 'ann').querySelectorAll('[part~="kpi"]')].map((k) => `${k.getAttribute('part')}: ${text(k)}`);
    expect(kpis).to.deep.equal([
      'cell kpi kpi-missed: ✗ 4 target missed',
      'cell kpi kpi-met: ✓ 15 target met',
      'cell kpi kpi-missed: ✗ 55% target missed',
      'cell kpi kpi-met: ✓ 50% target met',
    ]);
    expect(root(el).querySelector('.more')).to.equal(null);
    await expectAxeClean(el);
  });

  it('moves columns to the second line when the board narrows after its first render, and back', async () => {
    const el = await board(wide(html`<quota-leaderboard .data=${base}></quota-leaderboard>`));
    expect(row(el, 'ann').querySelector('.more')).to.equal(null);
    const wrapper = el.parentElement!;
    wrapper.style.width = '390px';
    await waitUntil(() => row(el, 'ann').querySelector('.more') !== null, 'the second line');
    expect(text(cell(row(el, 'ann').querySelector('.more')!, 'team'))).to.equal('Team East');
    wrapper.style.width = '1100px';
    await waitUntil(() => row(el, 'ann').querySelector('.more') === null, 'one line again');
    expect(text(cell(row(el, 'ann'), 'team'))).to.equal('East');
  });

  it('has a team column only when some entry names a team', async () => {
    const el = await board(wide(html`<quota-leaderboard .data=${base}></quota-leaderboard>`));
    expect(text(cell(row(el, 'cai'), 'team'))).to.equal('West');
    el.data = { ...base, entries: base.entries.map(({ team: _team, ...e }) => e) };
    await settle(el);
    expect(root(el).querySelector('[part~="team"]')).to.equal(null);
    expect(root(el).querySelector('[role="columnheader"].team')).to.equal(null);
  });

  it('slides re-ranked rows to their new place (FLIP) when the data refreshes, keeping each row’s element', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await board(wide(html`<quota-leaderboard .data=${base}></quota-leaderboard>`));
    const dee = row(el, 'dee');
    el.data = { ...base, entries: base.entries.map((e) => (e.id === 'dee' ? { ...e, actual: 300_000 } : e)) };
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    expect(order(el)[0]).to.equal('dee');
    expect(row(el, 'dee')).to.equal(dee);
    expect(dee.getAnimations().length, 'the moved row animates').to.be.greaterThan(0);
    expect(text(cell(dee, 'movement'))).to.contain('up 2 places');
  });

  it('slides for the theme’s motion duration in seconds too (--quota-motion-duration: 0.3s is 300 ms)', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await board(wide(html`<quota-leaderboard style="--quota-motion-duration: 0.3s" .data=${base}></quota-leaderboard>`));
    const dee = row(el, 'dee');
    el.data = { ...base, entries: base.entries.map((e) => (e.id === 'dee' ? { ...e, actual: 300_000 } : e)) };
    await el.updateComplete;
    const [slide] = dee.getAnimations();
    expect(slide, 'the moved row animates').to.exist;
    expect(slide!.effect!.getTiming().duration).to.equal(300);
  });

  it('re-ranks without animation under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await board(wide(html`<quota-leaderboard .data=${base}></quota-leaderboard>`));
      el.data = { ...base, entries: base.entries.map((e) => (e.id === 'dee' ? { ...e, actual: 300_000 } : e)) };
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      expect(order(el)[0]).to.equal('dee');
      expect(rows(el).flatMap((r) => r.getAnimations())).to.deep.equal([]);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('fires quota-select on click, Enter and Space; arrows, Home and End move one roving tab stop', async () => {
    const el = await board(wide(html`<quota-leaderboard .data=${base}></quota-leaderboard>`));
    const selects = recordEvents<QuotaSelectEvent>(el, 'quota-select');
    expect(rows(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    row(el, 'bob').click();
    await settle(el);
    expect(selects.map((e) => e.detail)).to.deep.equal([{ widget: 'leaderboard', id: 'bob' }]);
    expect(row(el, 'bob').tabIndex).to.equal(0);
    row(el, 'bob').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focused(el)?.dataset.key).to.equal('dee');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focused(el)?.dataset.key).to.equal('ann');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focused(el)?.dataset.key).to.equal('eve');
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focused(el)?.dataset.key).to.equal('dee');
    expect(rows(el).filter((r) => r.tabIndex === 0).map((r) => r.dataset.key)).to.deep.equal(['dee']);
    expect(selects.map((e) => e.detail.id)).to.deep.equal(['bob', 'dee', 'ann']);
    expect(selects.every((e) => e.bubbles && e.composed)).to.equal(true);
  });

  it('virtualises 5,000 rows: only a window is in the DOM, the table says 5,001 rows, and End reaches the last', async () => {
    // @lit-labs/virtualizer observes the rows it has just added from inside its ResizeObserver callback, which
    // the browser reports as a (benign, documented) "ResizeObserver loop" error. Mocha listens through
    // window.onerror, which a listener cannot stop: wrap it for this test.
    const onerror = window.onerror;
    // oxlint-disable-next-line unicorn/prefer-add-event-listener
    window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : onerror?.call(window, message, ...rest));
    try {
      const data = sampleLeaderboard(3, 5000);
      const el = await board(wide(html`<quota-leaderboard .data=${data}></quota-leaderboard>`));
      await waitUntil(() => rows(el).length > 0, 'the first rows');
      expect(rows(el).length, 'rows in the DOM').to.be.greaterThan(5).and.lessThan(80);
      expect(root(el).querySelector('[role="table"]')!.getAttribute('aria-rowcount')).to.equal('5001');
      expect(rows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
      rows(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => focused(el)?.getAttribute('aria-rowindex') === '5001', 'focus on the last row');
      expect(rows(el).length).to.be.lessThan(80);
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => focused(el)?.getAttribute('aria-rowindex') === '5000', 'focus on the row before');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => focused(el)?.getAttribute('aria-rowindex') === '2', 'focus back on the first row');
      const body = root(el).querySelector<HTMLElement>('.tbody')!;
      const atEnd = () => rows(el).some((r) => r.getAttribute('aria-rowindex') === '5001');
      await waitUntil(() => atEnd() || ((body.scrollTop = body.scrollHeight), false), 'scrolling reaches the last row', 8000);
      await expectAxeClean(el);
      cleanup();
      await nextFrame();
      await nextFrame();
    } finally {
      // oxlint-disable-next-line unicorn/prefer-add-event-listener
      window.onerror = onerror;
    }
  });

  it('TV mode pages by itself, says "Page 2 of N", and pauses while hovered, focused or held', async () => {
    const data = sampleData(7).leaderboard;
    const el = await board(html`<div style="width: 900px"><quota-leaderboard tv page-seconds="0.15" style="height: 360px" .data=${data}></quota-leaderboard></div>`);
    const pageOf = () => text(root(el).querySelector('.page-of'));
    await waitUntil(() => /^Page 1 of \d+$/.test(pageOf()), 'page 1');
    const pages = Number(/of (\d+)/.exec(pageOf())![1]);
    expect(pages).to.be.greaterThan(2);
    const first = order(el);
    await waitUntil(() => pageOf() === `Page 2 of ${pages}`, 'page 2');
    expect(order(el)).to.have.length(first.length);
    expect(order(el)).not.to.include(first[0]);
    expect(rows(el)[0]!.getAttribute('aria-rowindex')).to.equal(String(first.length + 2));
    // Hover: no more turning.
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 50), Math.round(box.y + 80)] });
    const hovered = pageOf();
    await new Promise((r) => setTimeout(r, 600));
    expect(pageOf()).to.equal(hovered);
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => pageOf() !== hovered, 'paging resumes after the pointer leaves');
    // Focus inside: no more turning.
    rows(el)[0]!.focus();
    const focusedPage = pageOf();
    await new Promise((r) => setTimeout(r, 600));
    expect(pageOf()).to.equal(focusedPage);
    rows(el)[0]!.blur();
    // Held with the pause button (a toggle button).
    const hold = root(el).querySelector<HTMLButtonElement>('.page-hold')!;
    hold.click();
    hold.blur();
    await settle(el);
    expect(hold.getAttribute('aria-pressed')).to.equal('true');
    const heldPage = pageOf();
    await new Promise((r) => setTimeout(r, 600));
    expect(pageOf()).to.equal(heldPage);
    await expectAxeClean(el);
  });

  it('TV mode fits a page to the height, turns pages by hand and by keyboard, and stops its timer when removed', async () => {
    const data = sampleData(7).leaderboard;
    const el = await board(html`<div style="width: 900px"><quota-leaderboard tv page-seconds="0" style="height: 420px" .data=${data}></quota-leaderboard></div>`);
    const body = root(el).querySelector<HTMLElement>('.tbody')!;
    const shown = rows(el);
    const rowHeight = Math.max(...shown.map((r) => r.offsetHeight));
    expect(shown.length * rowHeight).to.be.at.most(body.clientHeight + 1);
    expect((shown.length + 1) * rowHeight).to.be.greaterThan(body.clientHeight);
    const pageSize = shown.length;
    root(el).querySelector<HTMLButtonElement>('.page-next')!.click();
    await settle(el);
    expect(text(root(el).querySelector('.page-of'))).to.match(/^Page 2 of/);
    rows(el).at(-1)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(text(root(el).querySelector('.page-of'))).to.match(/^Page 3 of/);
    expect(focused(el)?.getAttribute('aria-rowindex')).to.equal(String(2 * pageSize + 2));
    const pager = (el as unknown as { pager: { running: boolean } }).pager;
    el.pageSeconds = 5;
    focused(el)?.blur();
    await settle(el);
    expect(pager.running).to.equal(true);
    el.remove();
    expect(pager.running, 'the page timer stops on disconnect').to.equal(false);
  });

  it('pages for weeks without keeping old rows: no row leaves a controller behind on the element', async () => {
    const el = document.createElement('quota-leaderboard');
    let live = 0;
    const add = el.addController.bind(el);
    const remove = el.removeController.bind(el);
    el.addController = (c) => (live++, add(c));
    el.removeController = (c) => (live--, remove(c));
    el.tv = true;
    el.pageSeconds = 0;
    el.style.height = '360px';
    el.data = sampleData(7).leaderboard;
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
    wrapper.append(el);
    await settle(el);
    const baseline = live;
    for (let i = 0; i < 30; i++) {
      root(el).querySelector<HTMLButtonElement>('.page-next')!.click();
      await el.updateComplete;
    }
    await settle(el);
    expect(live - baseline, 'controllers added and never removed').to.be.at.most(rows(el).length);
  });

  it('keeps the last good ranking and names the bad field when data turns bad', async () => {
    const el = await board(wide(html`<quota-leaderboard .data=${base}></quota-leaderboard>`));
    const errors = recordEvents<QuotaErrorEvent>(el, 'quota-error');
    el.data = { ...base, entries: [...base.entries.slice(0, 2), { ...base.entries[2]!, target: -1 }] };
    await settle(el);
    expect(text(root(el).querySelector('[part="error"]'))).to.contain('entries.2.target');
    expect(root(el).querySelector('[part="stale"]')).to.exist;
    expect(order(el)).to.deep.equal(['ann', 'cai', 'bob', 'dee', 'eve']);
    expect(errors).to.have.length(1);
    el.data = { ...base, entries: [base.entries[0]!, { ...base.entries[0]! }] };
    await settle(el);
    expect(text(root(el).querySelector('[part="error"]'))).to.contain('entries');
    await expectAxeClean(el);
  });

  it('loads from src, keeps the ranking on screen when a refresh fails, and recovers', async () => {
    const url = await setEndpoint('leaderboard-src', { body: base });
    const el = await board(wide(html`<quota-leaderboard src=${url}></quota-leaderboard>`));
    await waitUntil(() => rows(el).length === 5, 'the rows from src');
    await setEndpoint('leaderboard-src', { status: 503, body: { error: 'down' } });
    el.reload();
    await waitUntil(() => root(el).querySelector('[part="stale"]') !== null, 'the stale notice');
    expect(text(root(el).querySelector('[part="error"]'))).to.contain('503');
    expect(order(el)).to.deep.equal(['ann', 'cai', 'bob', 'dee', 'eve']);
    await setEndpoint('leaderboard-src', { body: { ...base, entries: base.entries.slice(3) } });
    el.reload();
    await waitUntil(() => rows(el).length === 2 && root(el).querySelector('[part="error"]') === null, 'the new data');
    expect(order(el)).to.deep.equal(['dee', 'eve']);
  });

  it('keeps hostile names and teams as text', async () => {
    const hostile = '<img src=x onerror="window.hacked=1">';
    const el = await board(wide(html`<quota-leaderboard .data=${{ ...base, label: hostile, entries: [{ ...base.entries[0]!, name: hostile, team: hostile }] }}></quota-leaderboard>`));
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(row(el, 'ann').querySelector('.name-text'))).to.equal(hostile);
    expect(text(cell(row(el, 'ann'), 'team'))).to.equal(hostile);
    expect(text(root(el).querySelector('.title'))).to.equal(hostile);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('reads in zh-CN: headers, tiers, badges, movement and 万 amounts', async () => {
    const el = await board(html`<div style="width: 1100px"><quota-provider locale="zh-CN" currency="CNY">
      <quota-leaderboard .data=${{ ...base, currency: undefined, entries: base.entries.map((e) => ({ ...e, target: e.target * 10, actual: e.actual * 10 })) }}></quota-leaderboard>
    </quota-provider></div>`);
    expect(headerNames(el).slice(0, 3)).to.deep.equal(['名次', '变化', '姓名']);
    expect(text(cell(row(el, 'ann'), 'tier'))).to.equal('卓越');
    expect(text(row(el, 'ann').querySelector('[part~="badge-champion"]'))).to.contain('销冠');
    expect(text(row(el, 'cai').querySelector('[part~="badge-newcomer"]'))).to.contain('最佳新人');
    expect(text(row(el, 'ann').querySelector('[part~="badge-most-improved"]'))).to.contain('进步最快');
    expect(text(cell(row(el, 'ann'), 'movement'))).to.contain('上升3位');
    expect(text(cell(row(el, 'eve'), 'movement'))).to.contain('新上榜');
    expect(text(cell(row(el, 'ann'), 'amount'))).to.contain('万');
    expect(text(cell(row(el, 'bob'), 'flag'))).to.contain('折扣');
    await expectAxeClean(el);
  });

  it('moves low-priority columns to a labelled second line on a phone instead of clipping them', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await board(html`<quota-leaderboard kpis .data=${base}></quota-leaderboard>`);
    const ann = row(el, 'ann');
    const line = ann.querySelector('.more')!;
    expect(line, 'second line').to.exist;
    expect([...ann.children].filter((c) => c !== line).map((c) => c.getAttribute('part'))).to.deep.equal([
      'cell rank',
      'cell movement movement-up',
      'cell name',
      'cell attainment',
    ]);
    expect(text(cell(line, 'team'))).to.equal('Team East');
    expect(line.querySelectorAll('[part~="kpi"]')).to.have.length(4);
    const hidden = [...root(el).querySelectorAll('[role="columnheader"].visually-hidden')].map((h) => h.className.split(' ')[1]);
    expect(hidden).to.include.members(['team', 'amount', 'weeklyVisits']);
    for (const r of rows(el)) expect(r.scrollWidth, `row ${r.dataset.key} overflows`).to.be.at.most(r.clientWidth);
    await expectAxeClean(el);
  });

  it('scales the type up on a 4K wall', async () => {
    const el = await board(html`<div style="width: 3800px"><quota-leaderboard .data=${base}></quota-leaderboard></div>`);
    const board4k = root(el).querySelector<HTMLElement>('.board')!;
    const scale = parseFloat(getComputedStyle(board4k).fontSize) / parseFloat(getComputedStyle(el).fontSize);
    expect(scale).to.be.greaterThan(1.8);
  });

  it('says so when nobody is ranked yet', async () => {
    const el = await board(html`<quota-leaderboard .data=${{ ...base, entries: [] }}></quota-leaderboard>`);
    expect(text(root(el).querySelector('[part="empty"]'))).to.equal('Nobody on the leaderboard yet');
    expect(root(el).querySelector('[role="table"]')).to.equal(null);
  });

  for (const theme of ['dark', 'tv'] as const) {
    it(`passes axe (contrast included) in the ${theme} theme`, async () => {
      const el = await board(html`<div style="width: 1100px; height: 600px"><quota-provider theme=${theme}><quota-leaderboard kpis style="height: 560px" .data=${sampleData(7).leaderboard}></quota-leaderboard></quota-provider></div>`);
      expect(rows(el).length).to.be.greaterThan(0);
      await expectAxeClean(el);
    });
  }
});
