import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scrollersAround, scrollStep } from './edge-scroll.js';
import { quadrantAt } from './layout.js';

export interface DragHost extends ReactiveControllerHost, HTMLElement {
  /** Whether this task may be dragged now (not read-only, no pending move). */
  canDrag(taskId: string): boolean;
  /** The drop: the task goes to quadrant index `to` (0–3). */
  dropTask(taskId: string, to: number): void;
}

/** Pointer travel (px) before a press becomes a drag. */
const THRESHOLD = 6;

/**
 * Pointer dragging of task cards between quadrants, with pointer events
 * (mouse, pen and touch alike). A mouse drags a card from anywhere on it;
 * touch and pen drag from its grip (`touch-action: none` there only, so the
 * page still scrolls under a finger elsewhere). While dragging, the host
 * draws a `.ghost` of the card (above every quadrant, so no scrolling
 * quadrant clips it) that this controller moves with the pointer through
 * the CSSOM (never a style attribute: strict CSP); the quadrant under the
 * pointer is {@link over}. The host draws both from {@link taskId} and
 * {@link over}. Near the top or bottom edge of the viewport (or of a box the
 * board scrolls in) the page scrolls, a step per animation frame, so stacked
 * quadrants on a phone are in reach (edge-scroll.ts). Escape or
 * pointercancel abandon the drag. Every window listener and the animation
 * frame go when the drag ends or the board disconnects.
 */
export class DragController implements ReactiveController {
  /** The task being dragged (past the threshold). */
  taskId: string | undefined;
  /** Index of the quadrant under the pointer while dragging, −1 for none. */
  over = -1;
  /** The press: where it started, and where in the card (`dx`, `dy`) the pointer took hold of it. */
  private press: { id: string; card: HTMLElement; x: number; y: number; dx: number; dy: number; width: number; pointerId: number } | undefined;
  /** The pointer's latest position (client px). */
  private at = { x: 0, y: 0 };
  /** Where the ghost goes, relative to the host: under the pointer, held where the card was taken. */
  private ghostAt = { x: 0, y: 0, width: 0 };
  /** The boxes that may scroll during this drag (the page last). */
  private scrollers: Element[] = [];
  private frame: number | undefined;
  /** The click that ends a drag must not open the task. */
  private swallowClickUntil = 0;
  private readonly host: DragHost;

  constructor(host: DragHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.end(false);
  }

  /** True right after a drag: the click that follows is part of it. */
  get justDragged(): boolean {
    return performance.now() < this.swallowClickUntil;
  }

  /** The grid's pointerdown handler. */
  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || this.press) return;
    const target = event.target as Element;
    const card = target.closest<HTMLElement>('[role="gridcell"][data-key]');
    if (!card || target.closest('[data-no-drag]')) return;
    if (event.pointerType !== 'mouse' && !target.closest('.grip')) return;
    const id = card.dataset.key!;
    if (!this.host.canDrag(id)) return;
    const r = card.getBoundingClientRect();
    this.press = { id, card, x: event.clientX, y: event.clientY, dx: event.clientX - r.left, dy: event.clientY - r.top, width: r.width, pointerId: event.pointerId };
    addEventListener('pointermove', this.onMove);
    addEventListener('pointerup', this.onUp);
    addEventListener('pointercancel', this.onCancel);
    addEventListener('keydown', this.onKey, true);
  };

  private readonly onMove = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    if (this.taskId === undefined) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < THRESHOLD) return;
      this.taskId = press.id;
      const board = this.host.shadowRoot?.querySelector('.board');
      this.scrollers = scrollersAround(board ?? this.host);
      this.host.requestUpdate();
    }
    event.preventDefault();
    this.at = { x: event.clientX, y: event.clientY };
    this.track();
    this.frame ??= requestAnimationFrame(this.onFrame);
  };

  /** Puts the ghost under the pointer and finds the quadrant there (after a pointer move or a scroll). */
  private track(): void {
    const press = this.press;
    if (!press) return;
    const host = this.host.getBoundingClientRect();
    this.ghostAt = { x: this.at.x - press.dx - host.left, y: this.at.y - press.dy - host.top, width: press.width };
    this.placeGhost();
    const rects = [...(this.host.shadowRoot?.querySelectorAll('[role="row"]') ?? [])].map((row) => row.getBoundingClientRect());
    const over = quadrantAt(this.at.x, this.at.y, rects);
    if (over !== this.over) {
      this.over = over;
      this.host.requestUpdate();
    }
  }

  /** One frame of scrolling near an edge; the frames stop when the pointer leaves the edge zones. */
  private readonly onFrame = (): void => {
    this.frame = undefined;
    if (this.taskId === undefined || !scrollStep(this.scrollers, this.at.x, this.at.y)) return;
    this.track();
    this.frame = requestAnimationFrame(this.onFrame);
  };

  hostUpdated(): void {
    if (this.taskId !== undefined) this.placeGhost();
  }

  private placeGhost(): void {
    const ghost = this.host.shadowRoot?.querySelector<HTMLElement>('.ghost');
    if (!ghost) return;
    ghost.style.setProperty('width', `${this.ghostAt.width}px`);
    ghost.style.setProperty('translate', `${this.ghostAt.x}px ${this.ghostAt.y}px`);
  }

  private readonly onUp = (event: PointerEvent): void => {
    if (event.pointerId === this.press?.pointerId) this.end(true);
  };

  private readonly onCancel = (event: PointerEvent): void => {
    if (event.pointerId === this.press?.pointerId) this.end(false);
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.taskId === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    this.end(false);
  };

  /** Ends the press; drops the task where the pointer is when `drop`. */
  private end(drop: boolean): void {
    const press = this.press;
    const { taskId, over } = this;
    removeEventListener('pointermove', this.onMove);
    removeEventListener('pointerup', this.onUp);
    removeEventListener('pointercancel', this.onCancel);
    removeEventListener('keydown', this.onKey, true);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.scrollers = [];
    this.press = undefined;
    this.taskId = undefined;
    this.over = -1;
    if (!press || taskId === undefined) return;
    this.swallowClickUntil = performance.now() + 400;
    if (drop && over >= 0) this.host.dropTask(taskId, over);
    this.host.requestUpdate();
  }
}
