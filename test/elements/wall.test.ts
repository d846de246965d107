import { html } from 'lit';
import { expect } from 'chai';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/gauge/gauge.js';
import '../../packages/elements/src/provider/provider.js';
import '../../packages/elements/src/wall/wall.js';
import type { QuotaWall } from '../../packages/elements/src/wall/wall.js';
import type { QuotaBoardChangeEvent } from '../../packages/elements/src/events/quota-board-change.js';
import { QuotaLoadEvent } from '../../packages/elements/src/events/quota-load.js';
import type { QuotaSelectEvent } from '../../packages/elements/src/events/quota-select.js';
import { cleanup, endpointHits, expectAxeClean, fixture, nextFrame, recordEvents, setEndpoint, settle, shadow, waitUntil } from './helpers.js';

const Q1 = { start: '2025-01-01', end: '2025-03-31' };
const gauge = (label: string, actual = 450_000) => ({ label, target: 1_000_000, actual, period: Q1, asOf: '2025-02-14', currency: 'USD' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const activeId = (wall: Element) => wall.querySelector('[data-active]')?.getAttribute('data-board');

/** A wall 400 px high (so the pointer can leave it) with three boards of gauges. */
function threeBoards(attrs: { interval?: number; locale?: string } = {}) {
  return html`<quota-wall interval=${attrs.interval ?? 0} locale=${attrs.locale ?? 'en-US'} shift="0" style="--wall-height: 400px">
    <h1 slot="title">East sales</h1>
    <section data-board="attainment" aria-label="Attainment"><quota-gauge .data=${gauge('Company')}></quota-gauge></section>
    <section data-board="pipeline" aria-label="Pipeline"><quota-gauge .data=${gauge('Pipeline')}></quota-gauge></section>
    <section data-board="team"><h2>Team</h2><quota-gauge .data=${gauge('Team')}></quota-gauge></section>
  </quota-wall>`;
}

describe('<quota-wall>', () => {
  afterEach(cleanup);
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('rotates to the next board every interval, wrapping around, and fires quota-board-change with reason timer', async () => {
    const wall = await fixture<QuotaWall>(threeBoards());
    expect(activeId(wall)).to.equal('attainment');
    const changes = recordEvents<QuotaBoardChangeEvent>(wall, 'quota-board-change');
    wall.interval = 0.25;
    await waitUntil(() => changes.length >= 3, 'three rotations');
    expect(changes.slice(0, 3).map((e) => [e.detail.id, e.detail.index, e.detail.previousIndex, e.detail.reason])).to.deep.equal([
      ['pipeline', 1, 0, 'timer'],
      ['team', 2, 1, 'timer'],
      ['attainment', 0, 2, 'timer'],
    ]);
    expect(changes[0]!.detail.count).to.equal(3);
    // One board shows; the others are inert (out of the tab order and the accessibility tree) and hidden once faded out.
    wall.paused = true;
    await settle(wall);
    await sleep(800);
    const boards = [...wall.querySelectorAll('section')];
    const shown = boards.filter((b) => b.hasAttribute('data-active'));
    expect(shown).to.have.length(1);
    for (const b of boards) expect(b.hasAttribute('inert')).to.equal(b !== shown[0]);
    for (const b of boards) expect(getComputedStyle(b).visibility).to.equal(b === shown[0] ? 'visible' : 'hidden');
    const current = parts(wall, 'indicator-item').filter((b) => b.getAttribute('aria-current') === 'true');
    expect(current).to.have.length(1);
    expect(text(current[0])).to.contain(shown[0]!.getAttribute('aria-label') ?? 'Team');
  });

  it('names each board from aria-label or its first heading and labels the board area with its position', async () => {
    const wall = await fixture<QuotaWall>(threeBoards());
    expect(parts(wall, 'indicator-item').map((b) => text(b.querySelector('.name')))).to.deep.equal(['Attainment', 'Pipeline', 'Team']);
    expect(part(wall, 'board')!.getAttribute('aria-label')).to.equal('Attainment, 1 of 3');
    expect(part(wall, 'board')!.getAttribute('aria-roledescription')).to.equal('board');
    expect(part(wall, 'frame')!.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(text(part(wall, 'board-name'))).to.equal('Attainment');
    await expectAxeClean(wall);
  });

  it('pauses while the pointer is over it and rotates again once it leaves', async () => {
    const wall = await fixture<QuotaWall>(threeBoards({ interval: 0.2 }));
    const changes = recordEvents<QuotaBoardChangeEvent>(wall, 'quota-board-change');
    await sendMouse({ type: 'move', position: [200, 200] });
    await waitUntil(() => !wall.rotating, 'hold on hover');
    const before = changes.length;
    await sleep(700);
    expect(changes.length, 'no rotation while hovered').to.equal(before);
    expect(text(part(wall, 'controls'))).to.contain('Paused while in use');
    expect(wall.paused, 'hovering is not a pause by hand').to.equal(false);
    await sendMouse({ type: 'move', position: [200, 560] });
    await waitUntil(() => changes.length > before, 'rotation after the pointer left');
  });

  it('pauses while focus is inside and rotates again once focus leaves', async () => {
    const wall = await fixture<QuotaWall>(threeBoards({ interval: 0.2 }));
    const changes = recordEvents<QuotaBoardChangeEvent>(wall, 'quota-board-change');
    part(wall, 'control-next')!.focus();
    await settle(wall);
    const before = changes.length;
    await sleep(700);
    expect(changes.length, 'no rotation with focus inside').to.equal(before);
    part(wall, 'control-next')!.blur();
    await waitUntil(() => changes.length > before, 'rotation after focus left');
  });

  it('ends a hover or focus pause by itself after resume-after idle seconds (a wall left alone), but never a pause by hand', async () => {
    const wall = await fixture<QuotaWall>(html`<quota-wall interval="0.2" resume-after="0.5" shift="0" style="--wall-height: 400px">
      <section aria-label="A"><quota-gauge .data=${gauge('A')}></quota-gauge></section>
      <section aria-label="B"><quota-gauge .data=${gauge('B')}></quota-gauge></section>
    </quota-wall>`);
    const changes = recordEvents<QuotaBoardChangeEvent>(wall, 'quota-board-change');
    part(wall, 'board')!.focus();
    await settle(wall);
    expect(wall.rotating).to.equal(false);
    await waitUntil(() => changes.length > 0, 'rotation resumed after idle', 3000);
    wall.paused = true;
    await settle(wall);
    const count = changes.length;
    await sleep(900);
    expect(changes.length, 'a pause by hand stays').to.equal(count);
  });

  it('steps with arrows, Page Up/Down, Home/End on the board area and pauses/resumes with Space', async () => {
    const wall = await fixture<QuotaWall>(threeBoards({ interval: 30 }));
    const changes = recordEvents<QuotaBoardChangeEvent>(wall, 'quota-board-change');
    part(wall, 'board')!.focus();
    const steps: [string, string][] = [
      ['ArrowRight', 'pipeline'],
      ['PageDown', 'team'],
      ['ArrowRight', 'attainment'],
      ['ArrowLeft', 'team'],
      ['PageUp', 'pipeline'],
      ['Home', 'attainment'],
      ['End', 'team'],
      ['ArrowDown', 'attainment'],
      ['ArrowUp', 'team'],
    ];
    for (const [key, id] of steps) {
      await sendKeys({ press: key });
      await settle(wall);
      expect(activeId(wall), key).to.equal(id);
    }
    expect(changes.map((e) => e.detail.reason)).to.deep.equal(steps.map(() => 'user'));
    await sendKeys({ press: 'Space' });
    await settle(wall);
    expect(wall.paused).to.equal(true);
    expect(wall.hasAttribute('paused')).to.equal(true);
    expect(part(wall, 'control-pause')!.getAttribute('aria-label')).to.equal('Resume rotation');
    expect(text(part(wall, 'controls'))).to.contain('Paused');
    await sendKeys({ press: 'Space' });
    await settle(wall);
    expect(wall.paused).to.equal(false);
    // Resuming by hand wins over the focus hold: the rotation runs with focus still inside.
    expect(wall.rotating).to.equal(true);
    expect(part(wall, 'control-pause')!.getAttribute('aria-label')).to.equal('Pause rotation');
  });

  it('leaves keys pressed inside a widget or a board’s own control to them', async () => {
    const wall = await fixture<QuotaWall>(html`<quota-wall interval="0" shift="0" style="--wall-height: 400px">
      <section aria-label="A"><button id="inside">Details</button></section>
      <section aria-label="B"><quota-gauge .data=${gauge('B')}></quota-gauge></section>
    </quota-wall>`);
    const changes = recordEvents<QuotaBoardChangeEvent>(wall, 'quota-board-change');
    wall.querySelector<HTMLButtonElement>('#inside')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' });
    await settle(wall);
    expect(changes).to.have.length(0);
    expect(wall.paused).to.equal(false);
  });

  it('takes the keys from the page with page-keys when nothing has focus (a presenter clicker)', async () => {
    const wall = await fixture<QuotaWall>(threeBoards());
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'PageDown' });
    await settle(wall);
    expect(activeId(wall), 'without page-keys').to.equal('attainment');
    wall.pageKeys = true;
    await sendKeys({ press: 'PageDown' });
    await settle(wall);
    expect(activeId(wall)).to.equal('pipeline');
  });

  it('steps with the previous/next buttons, pauses with the pause button, and picks a board in the indicator (quota-select)', async () => {
    const wall = await fixture<QuotaWall>(threeBoards({ interval: 30 }));
    const selects = recordEvents<QuotaSelectEvent>(wall, 'quota-select');
    part(wall, 'control-next')!.click();
    await settle(wall);
    expect(activeId(wall)).to.equal('pipeline');
    part(wall, 'control-previous')!.click();
    part(wall, 'control-previous')!.click();
    await settle(wall);
    expect(activeId(wall)).to.equal('team');
    part(wall, 'control-pause')!.click();
    await settle(wall);
    expect(wall.paused).to.equal(true);
    parts(wall, 'indicator-item')[1]!.click();
    await settle(wall);
    expect(activeId(wall)).to.equal('pipeline');
    expect(selects.map((e) => e.detail)).to.deep.equal([{ widget: 'wall', id: 'pipeline' }]);
    wall.show('attainment');
    await settle(wall);
    expect(wall.index).to.equal(0);
    wall.index = 2;
    await settle(wall);
    expect(activeId(wall)).to.equal('team');
  });

  it('shows the clock in the locale: en-US with AM/PM and an English weekday, zh-CN in 24 hours with 月 and 星期', async () => {
    const en = await fixture<QuotaWall>(threeBoards());
    const clock = part(en, 'clock')!;
    expect(clock.localName).to.equal('time');
    expect(Date.parse(clock.getAttribute('datetime')!)).to.be.closeTo(Date.now(), 120_000);
    expect(text(clock.querySelector('.time'))).to.match(/^\d{1,2}:\d{2}\s?[AP]M$/);
    expect(text(clock.querySelector('.date'))).to.match(/^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \d{1,2}$/);
    const zh = await fixture<QuotaWall>(threeBoards({ locale: 'zh-CN' }));
    expect(text(part(zh, 'clock')!.querySelector('.time'))).to.match(/^\d{1,2}:\d{2}$/);
    expect(text(part(zh, 'clock')!.querySelector('.date'))).to.match(/^\d{1,2}月\d{1,2}日星期[一二三四五六日]$/);
    // The same instant in two time zones 12 or 13 hours apart.
    const ny = await fixture<QuotaWall>(html`<quota-wall locale="zh-CN" time-zone="America/New_York" clock="time"><section></section></quota-wall>`);
    const sh = await fixture<QuotaWall>(html`<quota-wall locale="zh-CN" time-zone="Asia/Shanghai" clock="time"><section></section></quota-wall>`);
    const hour = (w: Element) => Number(text(part(w, 'clock')!.querySelector('.time')).split(':')[0]);
    expect([12, 13]).to.include((hour(sh) - hour(ny) + 24) % 24);
    expect(part(ny, 'clock')!.querySelector('.date'), 'clock="time" shows no date').to.equal(null);
    const none = await fixture<QuotaWall>(html`<quota-wall clock="none"><section></section></quota-wall>`);
    expect(part(none, 'clock')).to.equal(null);
  });

  it('speaks Chinese in zh-CN: controls, positions, data age', async () => {
    const wall = await fixture<QuotaWall>(threeBoards({ locale: 'zh-CN' }));
    expect(part(wall, 'control-next')!.getAttribute('aria-label')).to.equal('下一个看板');
    expect(part(wall, 'control-pause')!.getAttribute('aria-label')).to.equal('暂停轮播');
    expect(part(wall, 'board')!.getAttribute('aria-label')).to.equal('Attainment,第 1 个,共 3 个');
    expect(text(part(wall, 'age'))).to.equal('刚刚更新');
    await expectAxeClean(wall);
  });

  it('shows each board’s data age from the quota-load events of its widgets: as old as its oldest widget', async () => {
    const wall = await fixture<QuotaWall>(threeBoards());
    const ages = () => parts(wall, 'indicator').flatMap((i) => [...i.querySelectorAll('[part~="age"]')].map(text));
    expect(ages()).to.deep.equal(['updated just now', 'updated just now', 'updated just now']);
    // A second widget on the pipeline board whose data is 5 minutes old.
    const old = document.createElement('div');
    wall.querySelector('[data-board="pipeline"]')!.append(old);
    old.dispatchEvent(new QuotaLoadEvent({ source: 'src', receivedAt: Date.now() - 5 * 60_000 - 2_000 }));
    await settle(wall);
    expect(ages()).to.deep.equal(['updated just now', 'updated 5 minutes ago', 'updated just now']);
    wall.show('pipeline');
    await settle(wall);
    expect(text(part(wall, 'header')!.querySelector('[part~="age"]'))).to.equal('updated 5 minutes ago');
    // The widget leaves the board: it no longer counts.
    old.remove();
    wall.requestUpdate();
    await settle(wall);
    expect(ages()[1]).to.equal('updated just now');
    // Before any widget reported.
    const empty = await fixture<QuotaWall>(html`<quota-wall><section aria-label="Soon"></section></quota-wall>`);
    expect(text(part(empty, 'age'))).to.equal('waiting for data');
  });

  it('marks a board stale when a widget’s refresh fails (last good data kept) and clears it when data comes back', async () => {
    const url = await setEndpoint('wall-stale', { body: gauge('Live') });
    const wall = await fixture<QuotaWall>(html`<quota-wall interval="0" shift="0" style="--wall-height: 400px">
      <section data-board="live" aria-label="Live"><quota-gauge src=${url}></quota-gauge></section>
      <section data-board="static" aria-label="Static"><quota-gauge .data=${gauge('Static')}></quota-gauge></section>
    </quota-wall>`);
    await waitUntil(() => text(part(wall, 'age')) === 'updated just now', 'first load');
    expect(part(wall, 'stale')).to.equal(null);
    await setEndpoint('wall-stale', { status: 503, body: 'down' });
    wall.reload();
    await waitUntil(() => part(wall, 'stale') !== null, 'stale marker');
    const header = part(wall, 'header')!;
    expect(text(header.querySelector('[part~="stale"]'))).to.equal('⚠ Stale: last updated just now');
    expect(header.querySelector('[part~="age"]'), 'the marker carries the age').to.equal(null);
    const items = parts(wall, 'indicator-item');
    expect(text(items[0]!.querySelector('[part~="stale"]'))).to.equal('⚠ Stale');
    expect(items[1]!.querySelector('[part~="stale"]'), 'the other board is fine').to.equal(null);
    // The widget itself still shows its last good data, marked stale.
    expect(shadow(wall.querySelector('quota-gauge')!).querySelector('[part="stale"]')).to.exist;
    await expectAxeClean(wall);
    await setEndpoint('wall-stale', { body: gauge('Live', 500_000) });
    wall.reload();
    await waitUntil(() => part(wall, 'stale') === null, 'stale marker cleared');
  });

  it('marks a board whose widget never got data as failed, and data older than stale-after as stale', async () => {
    const missing = await setEndpoint('wall-missing', { status: 404, body: 'nope' });
    const wall = await fixture<QuotaWall>(html`<quota-wall shift="0"><section aria-label="Broken"><quota-gauge src=${missing}></quota-gauge></section></quota-wall>`);
    await waitUntil(() => part(wall, 'stale-failed') !== null, 'failed marker');
    expect(text(part(wall, 'stale-failed'))).to.equal('✕ No data');
    const url = await setEndpoint('wall-aging', { body: gauge('Aging') });
    const aging = await fixture<QuotaWall>(html`<quota-wall stale-after="0.3" shift="0"><section aria-label="Aging"><quota-gauge src=${url}></quota-gauge></section></quota-wall>`);
    await waitUntil(() => text(part(aging, 'age')) === 'updated just now', 'load');
    expect(part(aging, 'stale')).to.equal(null);
    await sleep(400);
    aging.requestUpdate(); // the wall re-checks ages every minute
    await settle(aging);
    expect(part(aging, 'stale')).to.exist;
  });

  it('reloads every widget on its own refresh schedule and when the network comes back', async () => {
    const url = await setEndpoint('wall-refresh', { body: gauge('Live') });
    const wall = await fixture<QuotaWall>(html`<quota-wall refresh="0.2" shift="0"><section aria-label="Live"><quota-gauge src=${url}></quota-gauge></section></quota-wall>`);
    const start = await endpointHits('wall-refresh');
    await sleep(900);
    expect(await endpointHits('wall-refresh')).to.be.at.least(start + 3);
    wall.refresh = 0;
    await settle(wall);
    const stopped = await endpointHits('wall-refresh');
    window.dispatchEvent(new Event('online'));
    await sleep(200);
    expect(await endpointHits('wall-refresh')).to.equal(stopped + 1);
  });

  it('stops every timer and listener when removed: no more board changes, reloads or key handling', async () => {
    const url = await setEndpoint('wall-gone', { body: gauge('Live') });
    const wall = await fixture<QuotaWall>(html`<quota-wall interval="0.1" refresh="0.1" shift-interval="0.1" page-keys shift="0" style="--wall-height: 400px">
      <section aria-label="A"><quota-gauge src=${url}></quota-gauge></section>
      <section aria-label="B"><quota-gauge .data=${gauge('B')}></quota-gauge></section>
    </quota-wall>`);
    const changes = recordEvents<QuotaBoardChangeEvent>(wall, 'quota-board-change');
    await waitUntil(() => changes.length >= 2, 'rotating');
    const parent = wall.parentElement!;
    wall.remove();
    const seen = changes.length;
    const hits = await endpointHits('wall-gone');
    window.dispatchEvent(new Event('online'));
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'PageDown' });
    await sleep(600);
    expect(changes.length, 'board changes after removal').to.equal(seen);
    expect(await endpointHits('wall-gone'), 'reloads after removal').to.equal(hits);
    // Back in the page, it runs again.
    parent.append(wall);
    await waitUntil(() => changes.length > seen, 'rotating again after reconnection');
  });

  it('shifts the whole layout by a few px now and then against burn-in, and not at all under reduced motion', async () => {
    const wall = await fixture<QuotaWall>(html`<quota-wall shift="4" shift-interval="0.1"><section aria-label="A"></section></quota-wall>`);
    const frame = part(wall, 'frame')!;
    const seen = new Set<string>();
    await waitUntil(() => {
      seen.add(frame.style.transform);
      return seen.size >= 4;
    }, 'several positions');
    for (const t of seen) {
      if (!t) continue;
      const [, x, y] = /^translate\((-?\d+)px(?:, (-?\d+)px)?\)$/.exec(t)!;
      expect(Math.hypot(Number(x), Number(y ?? 0))).to.be.at.most(4.5);
    }
    expect(getComputedStyle(frame).transitionProperty).to.contain('transform');
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => frame.style.transform === '', 'back in place under reduced motion');
    await sleep(400);
    expect(frame.style.transform).to.equal('');
    expect(parseFloat(getComputedStyle(frame).transitionDuration)).to.equal(0);
    const still = await fixture<QuotaWall>(html`<quota-wall shift="0" shift-interval="0.1"><section aria-label="A"></section></quota-wall>`);
    await emulateMedia({ reducedMotion: 'no-preference' });
    await sleep(400);
    expect(part(still, 'frame')!.style.transform, 'shift="0" turns it off').to.equal('');
  });

  it('uses the tv theme by default and hands it to the widgets, unless its own or a provider’s theme says otherwise', async () => {
    const wall = await fixture<QuotaWall>(threeBoards());
    const g = wall.querySelector('quota-gauge')!;
    expect(getComputedStyle(wall).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(g).color).to.equal('rgb(255, 255, 255)');
    expect((g as unknown as { settings: { theme: string } }).settings.theme).to.equal('tv');
    const inLight = await fixture<HTMLElement>(html`<quota-provider theme="light"><quota-wall><section><quota-gauge .data=${gauge('A')}></quota-gauge></section></quota-wall></quota-provider>`);
    const w2 = inLight.querySelector('quota-wall')!;
    await settle(w2);
    expect(getComputedStyle(w2).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect((inLight.querySelector('quota-gauge') as unknown as { settings: { theme: string } }).settings.theme).to.equal('light');
    const dark = await fixture<QuotaWall>(html`<quota-wall theme="dark"><section><quota-gauge .data=${gauge('A')}></quota-gauge></section></quota-wall>`);
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(16, 21, 29)');
    expect(getComputedStyle(dark.querySelector('quota-gauge')!).color).to.equal('rgb(231, 236, 243)');
    // A page's own token wins over the default.
    const branded = await fixture<QuotaWall>(html`<quota-wall style="--quota-color-bg: rgb(0, 0, 80)"><section></section></quota-wall>`);
    expect(getComputedStyle(branded).backgroundColor).to.equal('rgb(0, 0, 80)');
    await expectAxeClean(wall);
  });

  it('scales with the viewport: twice the type on a 4K screen as on 1080p', async () => {
    const wall = await fixture<QuotaWall>(threeBoards());
    await setViewport({ width: 1920, height: 1080 });
    await nextFrame();
    const hd = parseFloat(getComputedStyle(wall).fontSize);
    const clockHd = parseFloat(getComputedStyle(part(wall, 'clock')!.querySelector('.time')!).fontSize);
    await setViewport({ width: 3840, height: 2160 });
    await nextFrame();
    expect(hd).to.equal(24);
    expect(parseFloat(getComputedStyle(wall).fontSize)).to.equal(48);
    expect(parseFloat(getComputedStyle(part(wall, 'clock')!.querySelector('.time')!).fontSize)).to.be.closeTo(clockHd * 2, 0.5);
    await setViewport({ width: 360, height: 640 });
    await nextFrame();
    expect(parseFloat(getComputedStyle(wall).fontSize), 'never below 18px').to.equal(18);
  });

  it('follows boards added and removed, keeping the shown one, and takes its marks off a board that left', async () => {
    const wall = await fixture<QuotaWall>(threeBoards());
    wall.show('pipeline');
    await settle(wall);
    const extra = document.createElement('section');
    extra.setAttribute('aria-label', 'Extra');
    wall.prepend(extra);
    await settle(wall);
    expect(parts(wall, 'indicator-item')).to.have.length(4);
    expect(activeId(wall)).to.equal('pipeline');
    expect(wall.index).to.equal(2);
    expect(extra.hasAttribute('inert')).to.equal(true);
    const changes = recordEvents<QuotaBoardChangeEvent>(wall, 'quota-board-change');
    const pipeline = wall.querySelector('[data-board="pipeline"]')!;
    pipeline.remove();
    await settle(wall);
    expect(pipeline.hasAttribute('inert') || pipeline.hasAttribute('data-active')).to.equal(false);
    expect(parts(wall, 'indicator-item')).to.have.length(3);
    expect(changes.map((e) => [e.detail.reason, e.detail.previousIndex])).to.deep.equal([['api', -1]]);
    expect(wall.querySelectorAll('[data-active]')).to.have.length(1);
  });

  it('scales a board taller than the screen down to fit it, and back to full size once it fits', async () => {
    const wall = await fixture<QuotaWall>(html`<quota-wall shift="0" style="--wall-height: 400px">
      <section aria-label="Tall"><div id="tall" style="height: 380px">tall</div></section>
    </quota-wall>`);
    const board = wall.querySelector('section')!;
    const scale = () => new DOMMatrix(getComputedStyle(board).transform === 'none' ? undefined : getComputedStyle(board).transform).a;
    await waitUntil(() => scale() < 1, 'scaled down');
    const area = part(wall, 'board')!.getBoundingClientRect();
    expect(board.getBoundingClientRect().height).to.be.at.most(area.height + 1);
    expect(board.getBoundingClientRect().top).to.be.at.least(area.top - 1);
    wall.querySelector<HTMLElement>('#tall')!.style.height = '100px';
    await waitUntil(() => scale() === 1, 'full size again');
    // Too tall to read at half size (a phone): full size, and the board area scrolls.
    wall.querySelector<HTMLElement>('#tall')!.style.height = '2000px';
    await waitUntil(() => getComputedStyle(part(wall, 'board')!).overflowY === 'auto', 'scrolls');
    expect(scale()).to.equal(1);
    await expectAxeClean(wall);
  });

  it('keeps hostile board names as text', async () => {
    const wall = await fixture<QuotaWall>(html`<quota-wall><section aria-label='<img src=x onerror="window.hacked=1">'></section></quota-wall>`);
    expect(text(part(wall, 'board-name'))).to.equal('<img src=x onerror="window.hacked=1">');
    expect(shadow(wall).querySelector('img')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('is quiet about rotation for screen readers while rotating and announces the board once paused', async () => {
    const wall = await fixture<QuotaWall>(threeBoards({ interval: 30 }));
    const live = shadow(wall).querySelector('[aria-live]')!;
    expect(live.getAttribute('aria-live')).to.equal('off');
    wall.paused = true;
    wall.next();
    await settle(wall);
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(text(live)).to.equal('Pipeline, 2 of 3');
  });
});
