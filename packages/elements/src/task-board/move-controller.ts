import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Quadrant } from '@quota/domain';
import { QuotaTaskMoveEvent } from '../events/quota-task-move.js';
import { confirmMove, dropMove, isPending, reconcile, startMove, type MoveOverlay } from './moves.js';
import type { TaskBoardStrings } from './strings.js';

export interface MoveHost extends ReactiveControllerHost, HTMLElement {
  /** The UI strings for the locale in effect. */
  moveStrings(): TaskBoardStrings;
  /** Puts focus back on a task after it was re-rendered elsewhere. */
  refocus(taskId: string): void;
  /** Seconds a save may take before the move is rolled back (0: no limit). */
  readonly saveTimeout: number;
  /** A number of seconds in words, in the locale: "30 seconds" / "30秒". */
  secondsText(seconds: number): string;
}

/** A message the board shows until dismissed (a refused or failed move, a move overridden by new data). */
export interface MoveNotice {
  id: number;
  text: string;
  /** The task it is about: shown on that task's card while the card is on screen. */
  taskId: string;
}

/** A save that has not settled, and when it is given up. */
interface SaveDeadline {
  /** `performance.now()` when it is given up. */
  at: number;
  expire: () => void;
  timer?: ReturnType<typeof setTimeout>;
}

const MAX_NOTICES = 3;
const MAX_TIMER_MS = 2 ** 31 - 1;
const MAX_REASON = 200;

/**
 * Runs every move of the task board: fires `quota-task-move`, holds the move
 * as pending until the host's `waitUntil` promises settle (or the host's
 * `saveTimeout` runs out), confirms it or rolls it back with a visible
 * notice, and keeps the overlay of moves the
 * data does not show yet (see moves.ts) across data refreshes. Every step is
 * announced through {@link announcement} (the board's live region).
 */
export class MoveController implements ReactiveController {
  /** Pending and confirmed moves, applied on top of the data. */
  overlay: MoveOverlay = new Map();
  /** Changes whenever the overlay does (the view depends on it). */
  version = 0;
  notices: MoveNotice[] = [];
  /** The live region's text. */
  announcement = '';
  /** Each task's quadrant in the latest data, without the overlay. */
  private quadrants: ReadonlyMap<string, Quadrant> = new Map();
  private seq = 0;
  /** Per pending save (by move `seq`): its timeout. Timers stop while the board is off the page. */
  private readonly deadlines = new Map<number, SaveDeadline>();
  private readonly host: MoveHost;

  constructor(host: MoveHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    for (const deadline of this.deadlines.values()) this.arm(deadline);
  }

  hostDisconnected(): void {
    for (const deadline of this.deadlines.values()) {
      clearTimeout(deadline.timer);
      deadline.timer = undefined;
    }
  }

  /** Takes new good data (each task's quadrant in it): drops the moves it now shows, reports the ones it overrode. */
  observe(quadrants: ReadonlyMap<string, Quadrant>, now = Date.now()): void {
    this.quadrants = quadrants;
    const { overlay, superseded } = reconcile(this.overlay, quadrants, now);
    this.setOverlay(overlay);
    const s = this.host.moveStrings();
    for (const move of superseded) this.notify(move.taskId, s.announce.superseded(move.title, s.quadrants[quadrants.get(move.taskId) ?? move.from].name));
  }

  /** A move of this task is waiting for the host. */
  isPending(taskId: string): boolean {
    return isPending(this.overlay, taskId);
  }

  /**
   * Moves a task (shown in `from`) to `to`: fires the cancelable
   * `quota-task-move` and follows what the host does with it. Returns false
   * when nothing was moved (same quadrant, or a move of it is still pending).
   */
  move(task: { id: string; title: string; quadrant: Quadrant }, to: Quadrant): boolean {
    const s = this.host.moveStrings();
    const name = (q: Quadrant) => s.quadrants[q].name;
    if (to === task.quadrant) {
      this.announce(s.announce.stays(task.title, name(to)));
      return false;
    }
    if (this.isPending(task.id)) {
      this.announce(s.announce.busy(task.title));
      return false;
    }
    const seq = ++this.seq;
    this.notices = this.notices.filter((n) => n.taskId !== task.id);
    this.setOverlay(startMove(this.overlay, { seq, taskId: task.id, title: task.title, from: task.quadrant, to }));
    const holds: PromiseLike<unknown>[] = [];
    const event = new QuotaTaskMoveEvent({ taskId: task.id, from: task.quadrant, to }, (p) => holds.push(p));
    let accepted: boolean;
    try {
      accepted = this.host.dispatchEvent(event);
    } finally {
      event.close();
    }
    if (!accepted) {
      this.fail(seq, task, to, undefined);
    } else if (holds.length === 0) {
      this.confirm(seq, task.title, to);
    } else {
      this.announce(s.announce.saving(task.title, name(to)));
      const limit = this.host.saveTimeout;
      if (Number.isFinite(limit) && limit > 0) {
        const expire = () => {
          this.deadlines.delete(seq);
          this.fail(seq, task, to, this.host.moveStrings().saveTimedOut(this.host.secondsText(limit)));
        };
        this.arm({ at: performance.now() + limit * 1000, expire }, seq);
      }
      // A promise that settles after its move timed out finds no move `seq` left: nothing happens.
      Promise.all(holds).then(
        () => this.settled(seq) && this.confirm(seq, task.title, to),
        (error: unknown) => this.settled(seq) && this.fail(seq, task, to, reasonOf(error) ?? this.host.moveStrings().saveFailed),
      );
    }
    this.host.requestUpdate();
    return true;
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.host.requestUpdate();
  }

  /** Says `text` in the live region (again, even when it is the same text). */
  announce(text: string): void {
    this.announcement = text === this.announcement.trimEnd() && !this.announcement.endsWith('\u00a0') ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /** Starts (or, back on the page, restarts) the timer of a save's deadline; `seq` records a new one. */
  private arm(deadline: SaveDeadline, seq?: number): void {
    if (seq !== undefined) this.deadlines.set(seq, deadline);
    clearTimeout(deadline.timer);
    const left = deadline.at - performance.now();
    // setTimeout takes at most 2^31 − 1 ms; a longer limit waits in steps.
    deadline.timer = left > MAX_TIMER_MS ? setTimeout(() => this.arm(deadline), MAX_TIMER_MS) : setTimeout(deadline.expire, Math.max(0, left));
  }

  /** The save of move `seq` settled: its timeout goes. Always true (for chaining). */
  private settled(seq: number): true {
    clearTimeout(this.deadlines.get(seq)?.timer);
    this.deadlines.delete(seq);
    return true;
  }

  private confirm(seq: number, title: string, to: Quadrant): void {
    const confirmed = confirmMove(this.overlay, seq, Date.now());
    // Move `seq` is gone (timed out, or overridden by data): nothing to confirm, nothing to announce.
    if (confirmed === this.overlay) return;
    this.setOverlay(reconcile(confirmed, this.quadrants, Date.now()).overlay);
    const s = this.host.moveStrings();
    this.announce(s.announce.saved(title, s.quadrants[to].name));
  }

  private fail(seq: number, task: { id: string; title: string }, to: Quadrant, reason: string | undefined): void {
    const focused = this.host.shadowRoot?.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key === task.id;
    const before = this.overlay;
    this.setOverlay(dropMove(this.overlay, seq));
    if (this.overlay === before) return;
    const s = this.host.moveStrings();
    const back = this.overlay.get(task.id)?.to ?? this.quadrants.get(task.id);
    const backName = back ? s.quadrants[back].name : '–';
    const text = reason === undefined
      ? s.announce.refused(task.title, s.quadrants[to].name, backName)
      : s.announce.failed(task.title, s.quadrants[to].name, reason, backName);
    this.notify(task.id, text);
    if (focused) this.host.refocus(task.id);
  }

  /** The notice about a task, if any. */
  noticeFor(taskId: string): MoveNotice | undefined {
    return this.notices.find((n) => n.taskId === taskId);
  }

  private notify(taskId: string, text: string): void {
    this.notices = [...this.notices.filter((n) => n.taskId !== taskId), { id: ++this.seq, text, taskId }].slice(-MAX_NOTICES);
    this.announce(text);
  }

  private setOverlay(overlay: MoveOverlay): void {
    if (overlay === this.overlay) return;
    this.overlay = overlay;
    this.version++;
    this.host.requestUpdate();
  }
}

/** A short reason from whatever a rejected promise gave. */
function reasonOf(error: unknown): string | undefined {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  return trimmed.length > MAX_REASON ? `${trimmed.slice(0, MAX_REASON - 1)}…` : trimmed;
}
