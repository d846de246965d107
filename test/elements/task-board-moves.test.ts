import { html } from 'lit';
import { expect } from 'chai';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TaskBoardData } from '@quota/domain';
import '../../packages/elements/src/task-board/task-board.js';
import type { QuotaTaskBoard } from '../../packages/elements/src/task-board/task-board.js';
import type { QuotaTaskMoveEvent } from '../../packages/elements/src/events/quota-task-move.js';
import { cleanup, expectAxeClean, fixture, recordEvents, setEndpoint, settle, shadow, waitUntil } from './helpers.js';
import { announced, card, quadrantOf, tasks } from './task-board-helpers.js';

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}
function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const notices = (el: Element) => [...shadow(el).querySelectorAll('[part="notice"]')].map((n) => n.querySelector('span')!.textContent!);
const isPending = (el: Element, id: string) => card(el, id)?.getAttribute('part')?.includes('task-pending') ?? false;
const center = (r: DOMRect): [number, number] => [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
const row = (el: Element, q: string) => shadow(el).querySelector(`[data-quadrant="${q}"]`)!;
/** task-09 ("Clean up duplicate leads") sits in drop; with these flags the data shows it in schedule. */
const withTask09In = (flags: { urgent: boolean; important: boolean }): TaskBoardData => {
  const data = tasks();
  Object.assign(data.tasks.find((t) => t.id === 'task-09')!, flags);
  return data;
};

/** Moves task-09 from drop to schedule through the menu. */
async function menuMove(el: QuotaTaskBoard, id = 'task-09', to = 'schedule'): Promise<void> {
  card(el, id)!.querySelector<HTMLElement>('[part="move-button"]')!.click();
  await settle(el);
  shadow(el).querySelector<HTMLElement>(`[role="menuitem"][data-to="${to}"]`)!.click();
  await settle(el);
}

describe('<quota-task-board> moves', () => {
  afterEach(cleanup);
  afterEach(() => resetMouse());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('moves a task by dragging it with the mouse to another quadrant', async () => {
    await setViewport({ width: 1000, height: 1400 });
    const el = await fixture<QuotaTaskBoard>(html`<div style="width: 900px"><quota-task-board .data=${tasks()}></quota-task-board></div>`);
    const board = el.querySelector('quota-task-board')!;
    await settle(board);
    const moves = recordEvents<QuotaTaskMoveEvent>(board, 'quota-task-move');
    const [x, y] = center(card(board, 'task-09')!.querySelector('.meta')!.getBoundingClientRect());
    const [tx, ty] = center(row(board, 'schedule').getBoundingClientRect());
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 5; i++) await sendMouse({ type: 'move', position: [Math.round(x + ((tx - x) * i) / 5), Math.round(y + ((ty - y) * i) / 5)] });
    await settle(board);
    expect(card(board, 'task-09')!.classList.contains('dragging')).to.equal(true);
    expect(row(board, 'schedule').getAttribute('part')).to.contain('drop-target');
    const ghost = shadow(board).querySelector<HTMLElement>('[part="drag-ghost"]')!;
    expect(ghost.textContent).to.equal('Clean up duplicate leads');
    expect(ghost.style.getPropertyValue('translate')).to.match(/px/);
    const g = ghost.getBoundingClientRect();
    expect(Math.abs(g.left - (tx - (x - card(board, 'task-09')!.getBoundingClientRect().left)))).to.be.below(3);
    await sendMouse({ type: 'up' });
    await settle(board);
    expect(moves.map((m) => [m.detail.from, m.detail.to])).to.deep.equal([['drop', 'schedule']]);
    expect(quadrantOf(board, 'task-09')).to.equal('schedule');
    expect(shadow(board).querySelector('[part="drag-ghost"]')).to.equal(null);
    expect(shadow(board).querySelector<HTMLDialogElement>('dialog')!.open, 'the drop is not a click on the card').to.equal(false);
    expect(shadow(board).querySelector('.drop-target')).to.equal(null);
  });

  it('drags with touch from the grip (pointer events), and a touch on the card body only scrolls', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<div style="width: 900px"><quota-task-board .data=${tasks()}></quota-task-board></div>`);
    const board = el.querySelector('quota-task-board')!;
    await settle(board);
    const moves = recordEvents<QuotaTaskMoveEvent>(board, 'quota-task-move');
    const touch = (type: string, target: EventTarget, [x, y]: [number, number]) =>
      target.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'touch', isPrimary: true, button: 0, clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true }));
    const grip = card(board, 'task-09')!.querySelector('.grip')!;
    expect(getComputedStyle(grip).touchAction).to.equal('none');
    const from = center(grip.getBoundingClientRect());
    const to = center(row(board, 'do').getBoundingClientRect());
    // The card body: no drag.
    const body = card(board, 'task-09')!.querySelector('.meta')!;
    touch('pointerdown', body, center(body.getBoundingClientRect()));
    touch('pointermove', window, to);
    touch('pointerup', window, to);
    await settle(board);
    expect(moves).to.have.length(0);
    // The grip: a drag.
    touch('pointerdown', grip, from);
    touch('pointermove', window, [from[0] + 20, from[1] - 20]);
    touch('pointermove', window, to);
    await settle(board);
    expect(row(board, 'do').getAttribute('part')).to.contain('drop-target');
    touch('pointerup', window, to);
    await settle(board);
    expect(moves.map((m) => m.detail.to)).to.deep.equal(['do']);
    expect(quadrantOf(board, 'task-09')).to.equal('do');
  });

  it('abandons a pointer drag with Escape or pointercancel', async () => {
    await setViewport({ width: 1000, height: 1400 });
    const el = await fixture<QuotaTaskBoard>(html`<div style="width: 900px"><quota-task-board .data=${tasks()}></quota-task-board></div>`);
    const board = el.querySelector('quota-task-board')!;
    await settle(board);
    const moves = recordEvents<QuotaTaskMoveEvent>(board, 'quota-task-move');
    const [x, y] = center(card(board, 'task-09')!.querySelector('.meta')!.getBoundingClientRect());
    const [tx, ty] = center(row(board, 'do').getBoundingClientRect());
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 30, y - 30] });
    await sendMouse({ type: 'move', position: [tx, ty] });
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    await settle(board);
    expect(moves).to.have.length(0);
    expect(quadrantOf(board, 'task-09')).to.equal('drop');
    expect(card(board, 'task-09')!.classList.contains('dragging')).to.equal(false);
    const grip = card(board, 'task-09')!.querySelector('.grip')!;
    const opts = { pointerId: 9, pointerType: 'pen', button: 0, bubbles: true, composed: true } as const;
    grip.dispatchEvent(new PointerEvent('pointerdown', { ...opts, clientX: x, clientY: y }));
    window.dispatchEvent(new PointerEvent('pointermove', { ...opts, clientX: tx, clientY: ty }));
    window.dispatchEvent(new PointerEvent('pointercancel', { ...opts, clientX: tx, clientY: ty }));
    await settle(board);
    expect(moves).to.have.length(0);
    expect(quadrantOf(board, 'task-09')).to.equal('drop');
  });

  it('rolls a move back with a visible message when the host calls preventDefault()', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board locale="en-US" .data=${tasks()}></quota-task-board>`);
    el.addEventListener('quota-task-move', (e) => e.preventDefault());
    card(el, 'task-09')!.focus();
    for (const key of ['Space', 'ArrowUp', 'Space']) await sendKeys({ press: key });
    await settle(el);
    expect(quadrantOf(el, 'task-09')).to.equal('drop');
    expect(isPending(el, 'task-09')).to.equal(false);
    expect(notices(el)).to.deep.equal(['Moving “Clean up duplicate leads” to Schedule was refused. It is back in Drop.']);
    expect(announced(el)).to.contain('was refused');
    expect((shadow(el).activeElement as HTMLElement).dataset.key).to.equal('task-09');
    await expectAxeClean(el);
    shadow(el).querySelector<HTMLElement>('[part="notice"] button')!.click();
    await settle(el);
    expect(notices(el)).to.deep.equal([]);
  });

  it('shows a move as pending until the waitUntil promise fulfils, then confirms it', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    const save = deferred();
    const moves = recordEvents<QuotaTaskMoveEvent>(el, 'quota-task-move');
    el.addEventListener('quota-task-move', (e) => e.detail.waitUntil(save.promise));
    await menuMove(el);
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
    expect(isPending(el, 'task-09')).to.equal(true);
    expect(card(el, 'task-09')!.textContent).to.contain('Saving…');
    expect(card(el, 'task-09')!.querySelector('[part="move-button"]')!.getAttribute('aria-disabled')).to.equal('true');
    expect(announced(el)).to.contain('saving');
    await expectAxeClean(el);
    save.resolve();
    await waitUntil(() => !isPending(el, 'task-09'), 'the move to be confirmed');
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
    expect(announced(el)).to.contain('moved to Schedule');
    expect(notices(el)).to.deep.equal([]);
    expect(moves).to.have.length(1);
  });

  it('goes back with the rejection’s message when the waitUntil promise rejects', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    let save = deferred();
    el.addEventListener('quota-task-move', (e) => e.detail.waitUntil(save.promise));
    await menuMove(el);
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
    save.reject(new Error('the CRM is down'));
    await waitUntil(() => quadrantOf(el, 'task-09') === 'drop', 'the rollback');
    expect(notices(el)).to.deep.equal(['Could not move “Clean up duplicate leads” to Schedule: the CRM is down. It is back in Drop.']);
    expect(announced(el)).to.contain('the CRM is down');
    expect(card(el, 'task-09')!.querySelector('[part="notice"]'), 'the message is on the card, where the eyes are').to.exist;
    await expectAxeClean(el);
    save = deferred();
    await menuMove(el, 'task-09', 'do');
    expect(notices(el), 'a new move of the task clears its old message').to.deep.equal([]);
    save.reject(undefined);
    await waitUntil(() => notices(el).length === 1, 'the second message');
    expect(notices(el)[0]).to.contain('the save failed');
    card(el, 'task-09')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(notices(el), 'Escape on the card dismisses it').to.deep.equal([]);
  });

  it('rolls a save back that has not settled after save-timeout seconds, saying it did not finish', async () => {
    expect(document.createElement('quota-task-board').saveTimeout, 'the default').to.equal(30);
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board save-timeout="0.2" .data=${tasks()}></quota-task-board>`);
    expect(el.saveTimeout).to.equal(0.2);
    el.addEventListener('quota-task-move', (e) => e.detail.waitUntil(new Promise(() => {})));
    card(el, 'task-09')!.querySelector<HTMLElement>('[part="move-button"]')!.click();
    await settle(el);
    shadow(el).querySelector<HTMLElement>('[role="menuitem"][data-to="schedule"]')!.click();
    expect(el.moves.isPending('task-09'), 'pending at first').to.equal(true);
    await waitUntil(() => notices(el).length === 1, 'the rollback after the timeout');
    expect(quadrantOf(el, 'task-09')).to.equal('drop');
    expect(isPending(el, 'task-09')).to.equal(false);
    expect(card(el, 'task-09')!.textContent).not.to.contain('Saving…');
    expect(notices(el)).to.deep.equal(['Could not move “Clean up duplicate leads” to Schedule: the save did not finish within 0.2 seconds. It is back in Drop.']);
    expect(announced(el)).to.contain('did not finish');
    await expectAxeClean(el);
    el.saveTimeout = 0; // no limit from now on
    await menuMove(el, 'task-09', 'do');
    expect(quadrantOf(el, 'task-09'), 'it can be moved again').to.equal('do');
    expect(isPending(el, 'task-09')).to.equal(true);
  });

  it('changes nothing when a save settles after its timeout, even with a newer move of the task pending', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board save-timeout="0.1" .data=${tasks()}></quota-task-board>`);
    const saves: Deferred[] = [];
    const moves = recordEvents<QuotaTaskMoveEvent>(el, 'quota-task-move');
    el.addEventListener('quota-task-move', (e) => {
      saves.push(deferred());
      e.detail.waitUntil(saves.at(-1)!.promise);
    });
    await menuMove(el); // → schedule, times out
    await waitUntil(() => notices(el).length === 1, 'the first timeout');
    saves[0]!.reject(new Error('late failure'));
    await settle(el);
    expect(notices(el)[0], 'a late rejection adds nothing').to.contain('did not finish');
    await menuMove(el, 'task-09', 'delegate'); // times out too
    await waitUntil(() => quadrantOf(el, 'task-09') === 'drop' && !isPending(el, 'task-09'), 'the second timeout');
    el.saveTimeout = 0;
    await menuMove(el, 'task-09', 'do'); // pending, no limit
    const before = announced(el);
    saves[1]!.resolve(); // the timed-out move to delegate "succeeds" late
    await settle(el);
    expect(quadrantOf(el, 'task-09'), 'the late success is not applied').to.equal('do');
    expect(isPending(el, 'task-09'), 'nor does it confirm the newer move').to.equal(true);
    expect(announced(el)).to.equal(before);
    saves[2]!.resolve();
    await waitUntil(() => !isPending(el, 'task-09'), 'the newer move to be confirmed');
    expect(quadrantOf(el, 'task-09')).to.equal('do');
    expect(announced(el)).to.contain('moved to Do first');
    expect(moves.map((m) => m.detail.to)).to.deep.equal(['schedule', 'delegate', 'do']);
    expect([...el.moves.overlay.values()].map((m) => [m.to, m.state])).to.deep.equal([['do', 'confirmed']]);
  });

  it('lists the message above the board when the task is filtered out', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    const save = deferred();
    el.addEventListener('quota-task-move', (e) => e.detail.waitUntil(save.promise));
    await menuMove(el);
    el.filterOwner = 'Leo Jackson';
    await settle(el);
    save.reject(new Error('nope'));
    await waitUntil(() => notices(el).length === 1, 'the message');
    expect(shadow(el).querySelector('.notices [part="notice"]')!.textContent).to.contain('nope');
    el.filterOwner = undefined;
    await settle(el);
    expect(shadow(el).querySelector('.notices')).to.equal(null);
    expect(card(el, 'task-09')!.querySelector('[part="notice"]')!.textContent).to.contain('nope');
  });

  it('never applies a move twice: a pending task cannot be moved again', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    const save = deferred();
    const moves = recordEvents<QuotaTaskMoveEvent>(el, 'quota-task-move');
    el.addEventListener('quota-task-move', (e) => e.detail.waitUntil(save.promise));
    await menuMove(el);
    card(el, 'task-09')!.querySelector<HTMLElement>('[part="move-button"]')!.click();
    await settle(el);
    expect(shadow(el).querySelector('[role="menu"]'), 'no menu while saving').to.equal(null);
    expect(announced(el)).to.contain('still being saved');
    card(el, 'task-09')!.focus();
    for (const key of ['Space', 'ArrowLeft', 'Space']) await sendKeys({ press: key });
    await settle(el);
    expect(moves).to.have.length(1);
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
    save.resolve();
    await waitUntil(() => !isPending(el, 'task-09'), 'the confirmation');
    expect(moves).to.have.length(1);
  });

  it('keeps a pending move through data refreshes, and lets it go once the data shows it', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    const save = deferred();
    el.addEventListener('quota-task-move', (e) => e.detail.waitUntil(save.promise));
    await menuMove(el);
    el.data = tasks(); // a refresh that knows nothing of the move
    await settle(el);
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
    expect(isPending(el, 'task-09')).to.equal(true);
    save.resolve();
    await waitUntil(() => !isPending(el, 'task-09'), 'the confirmation');
    el.data = tasks(); // a poll that left before the save landed
    await settle(el);
    expect(quadrantOf(el, 'task-09'), 'a confirmed move outlives stale data').to.equal('schedule');
    expect(el.moves.overlay.size).to.equal(1);
    el.data = withTask09In({ urgent: false, important: true }); // the data catches up
    await settle(el);
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
    expect(el.moves.overlay.size, 'the overlay lets go').to.equal(0);
    el.data = withTask09In({ urgent: true, important: false }); // later, someone else moves it
    await settle(el);
    expect(quadrantOf(el, 'task-09'), 'the data rules again').to.equal('delegate');
    expect(notices(el)).to.deep.equal([]);
  });

  it('rolls a failed move back to where the latest data puts the task', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    const save = deferred();
    el.addEventListener('quota-task-move', (e) => e.detail.waitUntil(save.promise));
    await menuMove(el);
    el.data = withTask09In({ urgent: true, important: false }); // meanwhile the server says delegate
    await settle(el);
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
    save.reject(new Error('conflict'));
    await waitUntil(() => quadrantOf(el, 'task-09') === 'delegate', 'the rollback');
    expect(notices(el)[0]).to.contain('conflict').and.contain('It is back in Delegate');
  });

  it('keeps a pending move when a refresh brings bad data', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    const save = deferred();
    el.addEventListener('quota-task-move', (e) => e.detail.waitUntil(save.promise));
    await menuMove(el);
    el.data = { tasks: [{ id: 'task-09' }] };
    await settle(el);
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('tasks.0.title');
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
    expect(isPending(el, 'task-09')).to.equal(true);
    save.resolve();
    await waitUntil(() => !isPending(el, 'task-09'), 'the confirmation');
  });

  it('keeps a pending move across src polls', async function () {
    this.timeout(10_000);
    const url = await setEndpoint('task-board-poll', { body: tasks() });
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board src=${url} refresh="1"></quota-task-board>`);
    await waitUntil(() => !!card(el, 'task-09'), 'the first load');
    const save = deferred();
    el.addEventListener('quota-task-move', (e) => e.detail.waitUntil(save.promise));
    await menuMove(el);
    const loads = recordEvents(el, 'quota-load');
    await waitUntil(() => loads.length >= 1, 'a poll', 4000);
    await settle(el);
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
    expect(isPending(el, 'task-09')).to.equal(true);
    await setEndpoint('task-board-poll', { body: withTask09In({ urgent: false, important: true }) });
    save.resolve();
    await waitUntil(() => loads.length >= 2 && el.moves.overlay.size === 0, 'the poll that shows the move', 5000);
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
  });

  it('lets waitUntil() be called only while the event is dispatched', async () => {
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    let late: QuotaTaskMoveEvent | undefined;
    el.addEventListener('quota-task-move', (e) => {
      late = e;
      e.detail.waitUntil(Promise.resolve());
      e.detail.waitUntil(Promise.resolve());
    });
    await menuMove(el);
    expect(() => late!.detail.waitUntil(Promise.resolve())).to.throw('while quota-task-move is being dispatched');
    expect(Object.isFrozen(late!.detail)).to.equal(true);
    await waitUntil(() => !isPending(el, 'task-09'), 'both promises');
    expect(quadrantOf(el, 'task-09')).to.equal('schedule');
  });
});
