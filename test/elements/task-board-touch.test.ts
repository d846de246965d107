import { html } from 'lit';
import { expect } from 'chai';
import { setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/task-board/task-board.js';
import type { QuotaTaskBoard } from '../../packages/elements/src/task-board/task-board.js';
import type { QuotaTaskMoveEvent } from '../../packages/elements/src/events/quota-task-move.js';
import { cleanup, expectAxeClean, fixture, nextFrame, recordEvents, settle, shadow, waitUntil } from './helpers.js';
import { card, idsIn, quadrantOf, tasks } from './task-board-helpers.js';

const PHONE = { width: 360, height: 700 };
const center = (r: DOMRect): [number, number] => [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
const row = (el: Element, q: string) => shadow(el).querySelector(`[data-quadrant="${q}"]`)!;
const isOver = (el: Element, q: string) => row(el, q).getAttribute('part')!.split(' ').includes('drop-target');
/** A finger on the screen: pointer events as a touch screen sends them. */
const touch = (type: string, target: EventTarget, [x, y]: [number, number]) =>
  target.dispatchEvent(new PointerEvent(type, { pointerId: 11, pointerType: 'touch', isPrimary: true, button: 0, clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true }));
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

/** Puts a finger on the grip of the first task in "Do first" and drags it past the threshold. */
function pickUpFirstTask(board: QuotaTaskBoard): { id: string; from: [number, number] } {
  const id = idsIn(board, 'do')[0]!;
  const grip = card(board, id)!.querySelector('.grip')!;
  const from = center(grip.getBoundingClientRect());
  touch('pointerdown', grip, from);
  touch('pointermove', window, [from[0] + 10, from[1] + 20]);
  return { id, from };
}

describe('<quota-task-board> on a touch screen', () => {
  afterEach(cleanup);
  afterEach(() => scrollTo(0, 0));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('gives the grip a touch target of at least 24 × 24 CSS px, even with a small font', async () => {
    await setViewport(PHONE);
    const el = await fixture<QuotaTaskBoard>(html`<quota-task-board style="font-size: 12px" .data=${tasks()}></quota-task-board>`);
    for (const grip of shadow(el).querySelectorAll('[part="grip"]')) {
      const r = grip.getBoundingClientRect();
      expect(r.width, 'width').to.be.at.least(24);
      expect(r.height, 'height').to.be.at.least(24);
    }
    card(el, 'task-09')!.scrollIntoView({ block: 'center' });
    const grip = card(el, 'task-09')!.querySelector('.grip')!;
    const r = grip.getBoundingClientRect();
    for (const [x, y] of [[r.left + 1, r.top + 1], [r.right - 1, r.bottom - 1], [r.left + 1, r.bottom - 1], [r.right - 1, r.top + 1]] as const) {
      const hit = shadow(el).elementFromPoint(x, y);
      expect(hit?.closest('.grip') === grip, `a touch at ${Math.round(x)}, ${Math.round(y)} lands on the grip`).to.equal(true);
    }
    await expectAxeClean(el);
  });

  it('scrolls the page while a card is dragged near the bottom or top edge of a phone screen', async () => {
    await setViewport(PHONE);
    const board = await fixture<QuotaTaskBoard>(html`<quota-task-board .data=${tasks()}></quota-task-board>`);
    const page = document.scrollingElement!;
    expect(page.scrollHeight, 'the stacked board is taller than the screen').to.be.above(innerHeight + 300);
    expect(row(board, 'drop').getBoundingClientRect().top, 'Drop starts below the screen').to.be.above(innerHeight);
    const moves = recordEvents<QuotaTaskMoveEvent>(board, 'quota-task-move');
    const { id, from } = pickUpFirstTask(board);
    const edge: [number, number] = [from[0], innerHeight - 12];
    touch('pointermove', window, edge);
    // The finger rests near the bottom edge: the page scrolls until Drop is under it.
    await waitUntil(() => isOver(board, 'drop'), 'Drop under the finger, by scrolling');
    expect(page.scrollTop).to.be.above(0);
    touch('pointerup', window, edge);
    await settle(board);
    expect(moves.map((m) => [m.detail.from, m.detail.to])).to.deep.equal([['do', 'drop']]);
    expect(quadrantOf(board, id)).to.equal('drop');
    const afterDrop = page.scrollTop;
    await frames(5);
    expect(page.scrollTop, 'no scrolling after the drop').to.equal(afterDrop);
    // Up again, towards the top edge; a cancelled drag stops scrolling at once.
    const second = card(board, idsIn(board, 'drop').at(-1)!)!.querySelector('.grip')!;
    const start = center(second.getBoundingClientRect());
    touch('pointerdown', second, start);
    touch('pointermove', window, [start[0], start[1] - 20]);
    touch('pointermove', window, [start[0], 10]);
    await waitUntil(() => page.scrollTop < afterDrop - 100, 'scrolling up');
    touch('pointercancel', window, [start[0], 10]);
    const cancelledAt = page.scrollTop;
    await frames(5);
    expect(page.scrollTop, 'no scrolling after pointercancel').to.equal(cancelledAt);
    expect(moves).to.have.length(1);
    await expectAxeClean(board);
  });

  it('scrolls a scrolling box the board sits in, and stops when the board leaves the page', async () => {
    await setViewport(PHONE);
    const box = await fixture<HTMLElement>(html`<div style="height: 420px; overflow: auto">
      <quota-task-board .data=${tasks()}></quota-task-board>
    </div>`);
    const board = box.querySelector('quota-task-board')!;
    await settle(board);
    expect(box.scrollHeight).to.be.above(box.clientHeight + 300);
    const moves = recordEvents<QuotaTaskMoveEvent>(board, 'quota-task-move');
    const { from } = pickUpFirstTask(board);
    const edge: [number, number] = [from[0], Math.round(box.getBoundingClientRect().bottom) - 8];
    touch('pointermove', window, edge);
    await waitUntil(() => isOver(board, 'drop'), 'Drop under the finger, by scrolling the box');
    expect(box.scrollTop).to.be.above(0);
    expect(document.scrollingElement!.scrollTop, 'the page stays').to.equal(0);
    touch('pointerup', window, edge);
    await settle(board);
    expect(moves.map((m) => m.detail.to)).to.deep.equal(['drop']);
    // A drag under way when the board is removed: its frames stop with it.
    const rest = document.createElement('div');
    rest.style.height = '2000px';
    box.append(rest);
    box.scrollTop = 0;
    pickUpFirstTask(board);
    touch('pointermove', window, edge);
    await waitUntil(() => box.scrollTop > 0, 'scrolling the box again');
    board.remove();
    const at = box.scrollTop;
    await frames(5);
    expect(box.scrollTop, 'no scrolling once the board is gone').to.equal(at);
    await expectAxeClean(box);
  });
});
