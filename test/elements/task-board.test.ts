import { html } from 'lit';
import { expect } from 'chai';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { classifyTasks, sampleData, type TaskBoardData } from '@quota/domain';
import '../../packages/elements/src/task-board/task-board.js';
import '../../packages/elements/src/provider/provider.js';
import type { QuotaTaskBoard } from '../../packages/elements/src/task-board/task-board.js';
import type { QuotaErrorEvent } from '../../packages/elements/src/events/quota-error.js';
import type { QuotaSelectEvent } from '../../packages/elements/src/events/quota-select.js';
import type { QuotaTaskMoveEvent } from '../../packages/elements/src/events/quota-task-move.js';
import { cleanup, expectAxeClean, fixture, recordEvents, settle, shadow, waitUntil } from './helpers.js';
import { announced, card, focusedKey, header, idsIn, quadrantOf, tasks } from './task-board-helpers.js';

const cny = (n: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }).format(n);

async function press(el: Element, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await settle(el);
  }
}

describe('<quota-task-board>', () => {
  afterEach(cleanup);
  afterEach(() => resetMouse());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('draws the four quadrants of classifyTasks() with each count and sum of how much', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board locale="en-US" .data=${tasks()}></quota-task-board>`);
    const grid = shadow(el).querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Q1 2025 action plan');
    expect([...grid.querySelectorAll('[role="row"]')].map((r) => (r as HTMLElement).dataset.quadrant)).to.deep.equal(['do', 'schedule', 'delegate', 'drop']);
    const classified = classifyTasks(tasks());
    for (const q of ['do', 'schedule', 'delegate', 'drop']) {
      const mine = classified.filter((t) => t.quadrant === q);
      expect(idsIn(el, q).sort(), q).to.deep.equal(mine.map((t) => t.id).sort());
      const head = header(el, q).textContent!.replace(/\s+/g, ' ');
      expect(head).to.contain(`${mine.length} tasks`).and.contain(cny(mine.reduce((n, t) => n + (t.howMuch ?? 0), 0)));
    }
    expect(header(el, 'do').textContent).to.contain('Do first').and.contain('Urgent and important').and.contain('1 done');
    await expectAxeClean(el);
  });

  it('shows who, when in words and the target served; overdue in words and with a shape', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board locale="en-US" .data=${tasks()}></quota-task-board>`);
    const late = card(el, 'task-02')!;
    expect(late.getAttribute('part')).to.equal('task task-overdue');
    expect(late.querySelector('.when')!.textContent).to.contain('3 days overdue');
    expect(late.querySelector('.when svg.alert')).to.exist;
    expect(late.querySelector('.who')!.textContent).to.contain('Leo Jackson');
    expect(late.querySelector('.target')!.textContent).to.contain('Hangzhou team');
    expect(card(el, 'task-04')!.querySelector('.when')!.textContent).to.contain('Due tomorrow');
    expect(card(el, 'task-07')!.querySelector('.when')!.textContent).to.contain('Due today');
    expect(card(el, 'task-04')!.getAttribute('part')).to.equal('task');
    expect(card(el, 'task-06')!.querySelector('.cost')!.textContent).to.contain(cny(tasks().tasks[5]!.howMuch!));
  });

  it('dims done tasks after the open ones, and hides them with hide-done', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    expect(idsIn(el, 'do').at(-1)).to.equal('task-15');
    expect(card(el, 'task-15')!.getAttribute('part')).to.contain('task-done');
    expect(card(el, 'task-15')!.textContent).to.contain('Done');
    el.hideDone = true;
    await settle(el);
    expect(card(el, 'task-15')).to.equal(null);
    expect(header(el, 'do').textContent).to.contain('5 tasks').and.not.contain('done');
    expect(el.hasAttribute('hide-done')).to.equal(true);
  });

  it('sorts inside a quadrant by due date, then importance', async () => {
    const data: TaskBoardData = {
      asOf: '2025-02-14',
      targets: [{ id: 'east', name: 'East' }],
      tasks: [
        { id: 'later', title: 'Later', when: '2025-03-01', important: true },
        { id: 'no-date', title: 'No date', important: true },
        { id: 'serves', title: 'Serves East', when: '2025-03-01', important: true, targetId: 'east' },
        { id: 'soon', title: 'Soon', when: '2025-02-20', important: true },
      ],
    };
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${data}></quota-task-board>`);
    expect(idsIn(el, 'schedule')).to.deep.equal(['soon', 'serves', 'later', 'no-date']);
    expect(header(el, 'do').textContent).to.contain('No tasks');
  });

  it('opens the whole 5W2H plan in a modal dialog from the title or Enter, and gives focus back', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board locale="en-US" .data=${tasks()}></quota-task-board>`);
    const selects = recordEvents<QuotaSelectEvent>(el, 'quota-select');
    card(el, 'task-06')!.querySelector<HTMLElement>('[part="task-title"]')!.click();
    await settle(el);
    const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog[part="plan"]')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    for (const label of ['What', 'Why', 'Who', 'When', 'Where', 'How', 'How much', 'Serves target']) expect(text).to.contain(label);
    expect(text).to.contain('Demo days in three cities').and.contain('Beijing, Tianjin, Shijiazhuang').and.contain('Mar 7, 2025').and.contain('New products');
    expect(text).to.contain('Schedule').and.contain('important: serves a target');
    expect(selects.map((e) => e.detail)).to.deep.equal([{ widget: 'task-board', id: 'task-06' }]);
    await expectAxeClean(el);
    await press(el, 'Escape');
    expect(dialog.open).to.equal(false);
    expect(focusedKey(el)).to.equal('task-06');
    await press(el, 'Enter');
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('New product roadshow');
    await press(el, 'Escape');
    expect(focusedKey(el)).to.equal('task-06');
  });

  it('moves focus as an APG grid: one cell in the tab order, arrows follow the 2 × 2 layout', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<div style="width: 900px"><quota-task-board .data=${tasks()}></quota-task-board></div>`);
    const board = el.querySelector('quota-task-board')!;
    await settle(board);
    const tabbable = () => [...shadow(board).querySelectorAll('[tabindex="0"]')].map((e) => (e as HTMLElement).dataset.key);
    const doIds = idsIn(board, 'do');
    expect(tabbable()).to.deep.equal([doIds[0]]);
    card(board, doIds[0]!)!.focus();
    await press(board, 'ArrowDown');
    expect(focusedKey(board)).to.equal(doIds[1]);
    expect(tabbable()).to.deep.equal([doIds[1]]);
    await press(board, 'ArrowRight');
    expect(focusedKey(board)).to.equal(idsIn(board, 'schedule')[1]);
    await press(board, 'Home');
    expect(focusedKey(board)).to.equal('#quadrant-schedule');
    await press(board, 'ArrowLeft');
    expect(focusedKey(board)).to.equal('#quadrant-do');
    await press(board, 'End', 'ArrowDown');
    expect(focusedKey(board)).to.equal('#quadrant-delegate');
    await sendKeys({ down: 'Control' });
    await press(board, 'End');
    await sendKeys({ up: 'Control' });
    expect(focusedKey(board)).to.equal(idsIn(board, 'drop').at(-1));
    await expectAxeClean(board);
  });

  it('moves a task with Space, arrows and Space, announced in the live region', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board locale="en-US" .data=${tasks()}></quota-task-board>`);
    const moves = recordEvents<QuotaTaskMoveEvent>(el, 'quota-task-move');
    card(el, 'task-09')!.focus();
    await press(el, 'Space');
    expect(announced(el)).to.contain('Picked up “Clean up duplicate leads” in Drop');
    expect(card(el, 'task-09')!.getAttribute('part')).to.contain('task-grabbed');
    await press(el, 'ArrowUp');
    expect(announced(el)).to.contain('over Schedule');
    expect(quadrantOf(el, 'task-09'), 'shown where it would land').to.equal('schedule');
    expect(shadow(el).querySelector('[data-quadrant="schedule"]')!.getAttribute('part')).to.contain('drop-target');
    expect(focusedKey(el)).to.equal('task-09');
    expect(moves).to.have.length(0);
    await press(el, 'ArrowLeft');
    expect(quadrantOf(el, 'task-09')).to.equal('do');
    await press(el, 'Space');
    expect(moves).to.have.length(1);
    const { taskId, from, to, urgent, important } = moves[0]!.detail;
    expect({ taskId, from, to, urgent, important }).to.deep.equal({ taskId: 'task-09', from: 'drop', to: 'do', urgent: true, important: true });
    expect(moves[0]!.cancelable && moves[0]!.bubbles && moves[0]!.composed).to.equal(true);
    expect(quadrantOf(el, 'task-09')).to.equal('do');
    expect(card(el, 'task-09')!.getAttribute('part')).to.equal('task');
    expect(announced(el)).to.contain('“Clean up duplicate leads” moved to Do first');
    expect(focusedKey(el)).to.equal('task-09');
  });

  it('cancels a keyboard move with Escape, and dropping where it started moves nothing', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    const moves = recordEvents<QuotaTaskMoveEvent>(el, 'quota-task-move');
    card(el, 'task-09')!.focus();
    await press(el, 'Space', 'ArrowLeft', 'Escape');
    expect(quadrantOf(el, 'task-09')).to.equal('drop');
    expect(announced(el)).to.contain('Move cancelled. “Clean up duplicate leads” stays in Drop');
    expect(focusedKey(el)).to.equal('task-09');
    await press(el, 'Space', 'ArrowUp', 'ArrowDown', 'Space');
    expect(quadrantOf(el, 'task-09')).to.equal('drop');
    expect(announced(el)).to.contain('stays in Drop');
    expect(moves).to.have.length(0);
  });

  it('moves with the “Move to…” menu, by pointer and by keyboard, with no dragging', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    const moves = recordEvents<QuotaTaskMoveEvent>(el, 'quota-task-move');
    const button = card(el, 'task-09')!.querySelector<HTMLElement>('[part="move-button"]')!;
    expect(button.textContent).to.contain('Move to…');
    button.click();
    await settle(el);
    const menu = shadow(el).querySelector('[role="menu"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.getAttribute('aria-label')).to.equal('Move “Clean up duplicate leads” to');
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    expect(items.map((i) => i.querySelector('.menu-name')!.textContent)).to.deep.equal(['Do first', 'Schedule', 'Delegate']);
    expect(shadow(el).activeElement).to.equal(items[0]);
    await expectAxeClean(el);
    items[2]!.click();
    await settle(el);
    expect(moves.map((m) => m.detail.to)).to.deep.equal(['delegate']);
    expect(quadrantOf(el, 'task-09')).to.equal('delegate');
    expect(shadow(el).querySelector('[role="menu"]')).to.equal(null);
    expect(focusedKey(el)).to.equal('task-09');
    // Keyboard: M opens it, arrows choose, Enter moves; Escape closes and returns focus.
    await press(el, 'm');
    expect(shadow(el).activeElement?.getAttribute('role')).to.equal('menuitem');
    await press(el, 'Escape');
    expect(shadow(el).querySelector('[role="menu"]')).to.equal(null);
    expect(focusedKey(el)).to.equal('task-09');
    await press(el, 'm', 'ArrowDown', 'Enter');
    expect(moves.map((m) => m.detail.to)).to.deep.equal(['delegate', 'schedule']);
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
  });

  it('cancels a pick-up and closes the “Move to…” menu when focus leaves for the page background', async () => {
    const el = await fixture<HTMLElement>(html`<div>
      <p class="background" style="margin: 0; height: 40px">Page background</p>
      <quota-task-board .data=${tasks()}></quota-task-board>
    </div>`);
    const board = el.querySelector('quota-task-board')!;
    await settle(board);
    const moves = recordEvents<QuotaTaskMoveEvent>(board, 'quota-task-move');
    const r = el.querySelector('.background')!.getBoundingClientRect();
    const clickBackground = () => sendMouse({ type: 'click', position: [Math.round(r.left + 20), Math.round(r.top + r.height / 2)] });
    card(board, 'task-09')!.focus();
    await press(board, 'Space', 'ArrowUp');
    expect(quadrantOf(board, 'task-09')).to.equal('schedule');
    await clickBackground();
    await settle(board);
    expect(shadow(board).activeElement === null, 'focus went to no focusable element').to.equal(true);
    expect(card(board, 'task-09')!.getAttribute('part')).not.to.contain('task-grabbed');
    expect(quadrantOf(board, 'task-09')).to.equal('drop');
    expect(announced(board)).to.contain('Move cancelled. “Clean up duplicate leads” stays in Drop');
    card(board, 'task-09')!.focus();
    await press(board, 'Space');
    expect(card(board, 'task-09')!.getAttribute('part'), 'Space picks it up afresh, it does not drop').to.contain('task-grabbed');
    await press(board, 'Escape', 'm');
    expect(shadow(board).querySelector('[role="menu"]')).to.exist;
    await clickBackground();
    await settle(board);
    expect(shadow(board).querySelector('[role="menu"]')).to.equal(null);
    expect(card(board, 'task-09')!.querySelector('[part="move-button"]')!.getAttribute('aria-expanded')).to.equal('false');
    expect(moves).to.have.length(0);
    await expectAxeClean(board);
  });

  it('keeps the “Move to…” menu open when a click lands on the menu itself, between its items', async () => {
    const board = await fixture<HTMLElement>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    await settle(board);
    card(board, 'task-09')!.focus();
    await press(board, 'm');
    const menu = shadow(board).querySelector<HTMLElement>('[role="menu"]')!;
    const box = menu.getBoundingClientRect();
    // The menu's own top-left padding: on the menu, on none of its items.
    const at: [number, number] = [Math.round(box.left + 2), Math.round(box.top + 2)];
    expect(shadow(board).elementFromPoint(...at) === menu, 'the point is on the menu, not an item').to.equal(true);
    await sendMouse({ type: 'click', position: at });
    await settle(board);
    expect(shadow(board).querySelector('[role="menu"]'), 'menu still open').to.exist;
    await expectAxeClean(board);
  });

  it('filters by owner and by target with the selects above the board', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board locale="en-US" .data=${tasks()}></quota-task-board>`);
    const owner = shadow(el).querySelector<HTMLSelectElement>('select[data-filter="owner"]')!;
    const target = shadow(el).querySelector<HTMLSelectElement>('select[data-filter="target"]')!;
    expect(owner.closest('label')!.textContent).to.contain('Owner');
    owner.value = 'Zoe Garcia';
    owner.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(el.filterOwner).to.equal('Zoe Garcia');
    expect(shadow(el).querySelectorAll('[role="gridcell"]')).to.have.length(1);
    expect(shadow(el).querySelector('.showing')!.textContent).to.equal('Showing 1 of 16 tasks');
    owner.value = '';
    owner.dispatchEvent(new Event('change', { bubbles: true }));
    target.value = 'company';
    target.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(el.filterOwner).to.equal(undefined);
    expect([...shadow(el).querySelectorAll<HTMLElement>('[role="gridcell"]')].map((c) => c.dataset.key).sort()).to.deep.equal(['task-01', 'task-15']);
    expect(header(el, 'do').textContent).to.contain('2 tasks');
    await expectAxeClean(el);
    const byAttribute = await fixture<QuotaTaskBoard>(html`<quota-task-board filter-target="north-new" .data=${tasks()}></quota-task-board>`);
    expect([...shadow(byAttribute).querySelectorAll<HTMLElement>('[role="gridcell"]')].map((c) => c.dataset.key)).to.deep.equal(['task-06']);
  });

  it('keeps the last good board and shows the bad field when data turns bad', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    const errors = recordEvents<QuotaErrorEvent>(el, 'quota-error');
    const bad = tasks();
    (bad.tasks[2] as { when: string }).when = '2025-02-30';
    el.data = bad;
    await settle(el);
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('tasks.2.when');
    expect(shadow(el).querySelector('[part="stale"]')).to.exist;
    expect(shadow(el).querySelectorAll('[role="gridcell"]')).to.have.length(16);
    expect(errors).to.have.length(1);
    const dup = tasks();
    dup.tasks[1]!.id = 'task-01';
    el.data = dup;
    await settle(el);
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('tasks');
    const empty = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${{ tasks: 'none' }}></quota-task-board>`);
    expect(shadow(empty).querySelector('[part="error"]')!.textContent).to.contain('tasks');
    expect(shadow(empty).querySelector('[role="grid"]')).to.equal(null);
    await expectAxeClean(empty);
  });

  it('keeps hostile titles, names and targets as text', async () => {
    const evil = '<img src=x onerror="window.hacked=1">';
    const data: TaskBoardData = {
      targets: [{ id: 't', name: evil }],
      tasks: [{ id: 'x', title: evil, who: evil, what: evil, targetId: 't', when: '2025-02-15' }],
      asOf: '2025-02-14',
    };
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${data}></quota-task-board>`);
    card(el, 'x')!.querySelector<HTMLElement>('[part="task-title"]')!.click();
    await settle(el);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(card(el, 'x')!.querySelector('[part="task-title"]')!.textContent).to.equal(evil);
    expect(card(el, 'x')!.querySelector('.who')!.textContent).to.contain(evil);
    expect(shadow(el).querySelector('dialog')!.textContent).to.contain(evil);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('speaks zh-CN: quadrant names, relative days, overdue and announcements', async () => {
    const el = await fixture<HTMLElement>(html`<quota-provider locale="zh-CN" currency="CNY">
      <quota-task-board .data=${structuredClone(sampleData(7, { locale: 'zh-CN' }).tasks)}></quota-task-board>
    </quota-provider>`);
    const board = el.querySelector('quota-task-board')!;
    await settle(board);
    expect(header(board, 'do').textContent).to.contain('重要且紧急').and.contain('项任务');
    expect(header(board, 'drop').textContent).to.contain('不重要不紧急');
    expect(card(board, 'task-04')!.querySelector('.when')!.textContent).to.contain('明天到期');
    expect(card(board, 'task-02')!.querySelector('.when')!.textContent!.replace(/\s+/g, '')).to.contain('逾期3天');
    expect(header(board, 'schedule').textContent).to.match(/¥[\d,]+/);
    card(board, 'task-09')!.focus();
    await press(board, 'Space');
    expect(announced(board)).to.contain('已拿起').and.contain('不重要不紧急');
    await press(board, 'Escape');
    expect(announced(board)).to.contain('已取消移动');
    await expectAxeClean(board);
  });

  it('stacks the quadrants at phone width, arrows then run down the stack', async () => {
    await setViewport({ width: 360, height: 700 });
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    await settle(el);
    const rows = [...shadow(el).querySelectorAll('[role="row"]')].map((r) => r.getBoundingClientRect());
    expect(new Set(rows.map((r) => Math.round(r.left))).size, 'one column').to.equal(1);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.top).to.be.greaterThan(rows[i - 1]!.bottom - 1);
    expect(rows[0]!.right).to.be.at.most(360);
    for (const c of shadow(el).querySelectorAll('[role="gridcell"]')) expect(c.scrollWidth).to.be.at.most(c.clientWidth + 1);
    card(el, 'task-09')!.focus();
    await press(el, 'Space', 'ArrowUp');
    expect(quadrantOf(el, 'task-09'), 'Up in the stack: the quadrant above').to.equal('delegate');
    await press(el, 'Escape');
    await expectAxeClean(el);
  });

  it('fills a tile of fixed height, each quadrant scrolling its own cards', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board readonly style="height: 420px; width: 900px" .data=${tasks()}></quota-task-board>`);
    const host = el.getBoundingClientRect();
    const grid = shadow(el).querySelector('[role="grid"]')!.getBoundingClientRect();
    expect(grid.bottom).to.be.at.most(host.bottom + 1);
    const doCards = shadow(el).querySelector<HTMLElement>('[data-quadrant="do"] .cards')!;
    expect(doCards.scrollHeight).to.be.greaterThan(doCards.clientHeight);
    expect(getComputedStyle(doCards).overflowY).to.equal('auto');
    await expectAxeClean(el);
  });

  it('is read-only for TV walls: no grips, menus, filters or moves; plans still open', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board readonly theme="tv" .data=${tasks()}></quota-task-board>`);
    const moves = recordEvents<QuotaTaskMoveEvent>(el, 'quota-task-move');
    expect(el.readOnly).to.equal(true);
    expect(shadow(el).querySelector('[role="grid"]')!.getAttribute('aria-readonly')).to.equal('true');
    expect(shadow(el).querySelector('[part="move-button"], [part="grip"], select')).to.equal(null);
    card(el, 'task-09')!.focus();
    await press(el, 'Space', 'ArrowUp', 'Space', 'm');
    expect(moves).to.have.length(0);
    expect(quadrantOf(el, 'task-09')).to.equal('drop');
    expect(shadow(el).querySelector('[role="menu"]')).to.equal(null);
    card(el, 'task-09')!.focus();
    await press(el, 'Enter');
    expect(shadow(el).querySelector<HTMLDialogElement>('dialog')!.open).to.equal(true);
    await press(el, 'Escape');
    await expectAxeClean(el);
  });

  it('passes axe in the dark and tv themes, from a provider or its own theme attribute', async () => {
    for (const theme of ['dark', 'tv']) {
      const own = await fixture<QuotaTaskBoard>(html`<quota-task-board theme=${theme} .data=${tasks()}></quota-task-board>`);
      await expectAxeClean(own);
      const inside = await fixture<HTMLElement>(html`<quota-provider theme=${theme}><quota-task-board .data=${tasks()}></quota-task-board></quota-provider>`);
      await settle(inside.querySelector('quota-task-board')!);
      await expectAxeClean(inside);
    }
  });

  it('stops the pending spinner under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
      el.addEventListener('quota-task-move', (e) => e.detail.waitUntil(new Promise(() => {})));
      card(el, 'task-09')!.focus();
      await press(el, 'Space', 'ArrowUp', 'Space');
      await waitUntil(() => !!card(el, 'task-09')?.querySelector('.spin'), 'the pending icon');
      expect(getComputedStyle(card(el, 'task-09')!.querySelector('.spin')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
