import { QUADRANTS, type Quadrant } from '@quota/domain';
import type { RovingFocusController } from '../core/roving-focus.js';
import type { DragController } from './drag-controller.js';
import { neighbourQuadrant, nextCell, type BoardShape, type Cell } from './layout.js';
import type { MoveController } from './move-controller.js';
import type { TaskBoardStrings } from './strings.js';
import type { TaskCard } from './view.js';

/** A task picked up with the keyboard: where it came from and the quadrant it is over. */
export interface Grab {
  taskId: string;
  title: string;
  from: Quadrant;
  over: Quadrant;
}

/** What the keyboard, click and focus handling reads and drives on the board. */
export interface KeysHost extends HTMLElement {
  readOnly: boolean;
  grab: Grab | undefined;
  menuFor: string | undefined;
  shape: BoardShape;
  cells: string[][];
  roving: RovingFocusController;
  moves: MoveController;
  drag: DragController;
  task(id: string): TaskCard | undefined;
  moveTask(task: TaskCard, to: Quadrant): boolean;
  openPlan(id: string): void;
  moveStrings(): TaskBoardStrings;
  readonly updateComplete: Promise<boolean>;
}

/** The roving-focus key of a quadrant's header cell. */
export const headerKey = (q: Quadrant): string => `#quadrant-${q}`;

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * The board's keyboard (APG grid navigation; Space to pick up, arrows to
 * move, Space to drop, Escape to cancel; Enter for the plan; M, Shift+F10 or
 * the context-menu key for "Move to…"), its clicks (delegated from the
 * grid) and focus bookkeeping. Every step of a keyboard move is announced.
 */
export class BoardKeys {
  private focusMenu = false;
  private readonly host: KeysHost;

  constructor(host: KeysHost) {
    this.host = host;
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const h = this.host;
    const target = event.target as HTMLElement;
    if (target.closest('[role="menu"]')) return this.menuKey(event, target);
    const key = target.dataset.key;
    if (key === undefined || !target.matches('[role="gridcell"], [role="rowheader"]')) return;
    if (h.grab) return this.grabKey(event);
    const task = h.task(key);
    if (task && event.key === 'Enter') {
      event.preventDefault();
      h.openPlan(task.id);
    } else if (task && event.key === ' ') {
      event.preventDefault();
      this.pickUp(task);
    } else if (task && event.key === 'Escape' && h.moves.noticeFor(task.id)) {
      event.preventDefault();
      h.moves.dismiss(h.moves.noticeFor(task.id)!.id);
    } else if (task && !h.readOnly && (event.key === 'm' || event.key === 'M' || event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10'))) {
      event.preventDefault();
      this.openMenu(task.id);
    } else {
      const cell = this.cellOf(key);
      const next = cell && nextCell(cell, event.key, h.shape, h.cells.map((c) => c.length), event.ctrlKey || event.metaKey);
      if (next || ARROWS.has(event.key)) event.preventDefault();
      if (next) h.roving.focus(this.keyOf(next));
    }
  };

  readonly onClick = (event: MouseEvent): void => {
    const h = this.host;
    if (h.drag.justDragged) {
      event.preventDefault();
      return;
    }
    const target = event.target as Element;
    const action = target.closest<HTMLElement>('[data-action]');
    const id = target.closest<HTMLElement>('[data-key]')?.dataset.key;
    if (!action || id === undefined) return;
    const what = action.dataset.action;
    if (what === 'plan') h.openPlan(id);
    else if (what === 'dismiss') {
      h.moves.dismiss(Number(action.dataset.notice));
      h.roving.focus(id);
    }
    else if (what === 'menu') {
      if (h.menuFor === id) this.closeMenu(true);
      else this.openMenu(id);
    } else if (what === 'move') {
      const task = h.task(id);
      const to = action.dataset.to as Quadrant;
      h.menuFor = undefined;
      if (task && QUADRANTS.includes(to)) h.moveTask(task, to);
      h.roving.focus(id);
    }
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    const h = this.host;
    const target = event.target as Element;
    if (h.grab) this.cancelGrab(false);
    if (h.menuFor !== undefined && !target.closest('[role="menu"], [data-action="menu"]')) h.menuFor = undefined;
    if (!h.readOnly) h.drag.onPointerDown(event);
  };

  readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    if (target.dataset.key !== undefined) this.host.roving.setActive(target.dataset.key);
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    const h = this.host;
    const to = event.relatedTarget as Element | null;
    if (!to) {
      // Focus went nowhere focusable (the page background), or a re-render replaced the focused card, or the
      // window lost focus. Once the render is done, focus is back inside in the last two cases; else it left.
      void h.updateComplete.then(() => this.checkFocusLeft());
      return;
    }
    const inside = h.shadowRoot?.contains(to) ?? false;
    if (h.menuFor !== undefined && !(inside && to.closest('[role="menu"], [data-action="menu"]'))) h.menuFor = undefined;
    if (h.grab && !inside) this.cancelGrab(false);
  };

  /** Focus is no longer anywhere in the board: the pick-up is cancelled (announced) and the menu closes. */
  private checkFocusLeft(): void {
    const h = this.host;
    if (!h.isConnected || h.shadowRoot?.activeElement) return;
    h.menuFor = undefined;
    this.cancelGrab(false);
  }

  /** After each render: focus the menu's first item when it just opened; drop a grab whose task went away. */
  afterRender(): void {
    const h = this.host;
    if (this.focusMenu) {
      this.focusMenu = false;
      h.shadowRoot?.querySelector<HTMLElement>('[role="menu"] [role="menuitem"]')?.focus();
    }
    if (h.grab && !h.task(h.grab.taskId)) this.cancelGrab(false);
  }

  private pickUp(task: TaskCard): void {
    const h = this.host;
    if (h.readOnly) return;
    const s = h.moveStrings();
    if (h.moves.isPending(task.id)) return h.moves.announce(s.announce.busy(task.title));
    h.menuFor = undefined;
    h.grab = { taskId: task.id, title: task.title, from: task.quadrant, over: task.quadrant };
    h.moves.announce(s.announce.pickedUp(task.title, s.quadrants[task.quadrant].name));
    h.roving.focus(task.id);
  }

  private grabKey(event: KeyboardEvent): void {
    const h = this.host;
    const grab = h.grab!;
    const s = h.moveStrings();
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      h.grab = undefined;
      const task = h.task(grab.taskId);
      if (task) h.moveTask(task, grab.over);
      h.roving.focus(grab.taskId);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.cancelGrab(true);
    } else if (event.key === 'Tab') {
      this.cancelGrab(false);
    } else if (ARROWS.has(event.key)) {
      event.preventDefault();
      const next = neighbourQuadrant(QUADRANTS.indexOf(grab.over), event.key, h.shape.columns);
      const over = next === undefined ? grab.over : QUADRANTS[next]!;
      h.grab = { ...grab, over };
      h.moves.announce(s.announce.over(grab.title, s.quadrants[over].name));
      h.roving.focus(grab.taskId);
    }
  }

  private cancelGrab(refocus: boolean): void {
    const h = this.host;
    const grab = h.grab;
    if (!grab) return;
    h.grab = undefined;
    const s = h.moveStrings();
    const q = h.task(grab.taskId)?.quadrant ?? grab.from;
    h.moves.announce(s.announce.cancelled(grab.title, s.quadrants[q].name));
    if (refocus) h.roving.focus(grab.taskId);
  }

  private openMenu(id: string): void {
    const h = this.host;
    if (h.readOnly) return;
    const task = h.task(id);
    if (task && h.moves.isPending(id)) return h.moves.announce(h.moveStrings().announce.busy(task.title));
    h.menuFor = id;
    this.focusMenu = true;
  }

  private closeMenu(refocus: boolean): void {
    const h = this.host;
    const id = h.menuFor;
    h.menuFor = undefined;
    if (refocus && id !== undefined) h.roving.focus(id);
  }

  private menuKey(event: KeyboardEvent, target: HTMLElement): void {
    const items = [...(target.closest('[role="menu"]')?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(target.closest<HTMLElement>('[role="menuitem"]')!);
    const go = (i: number) => {
      event.preventDefault();
      items[(i + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      this.closeMenu(true);
    } else if (event.key === 'Tab') this.closeMenu(false);
  }

  private cellOf(key: string): Cell | undefined {
    const q = QUADRANTS.findIndex((id) => headerKey(id) === key);
    if (q >= 0) return { q, i: -1 };
    for (const [index, ids] of this.host.cells.entries()) {
      const i = ids.indexOf(key);
      if (i >= 0) return { q: index, i };
    }
    return undefined;
  }

  private keyOf(cell: Cell): string {
    return cell.i === -1 ? headerKey(QUADRANTS[cell.q]!) : this.host.cells[cell.q]![cell.i]!;
  }
}
