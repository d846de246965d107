import { flagsOfQuadrant, type Quadrant } from '@quota/domain';

export interface QuotaTaskMoveDetail {
  /** Id of the task being moved. */
  readonly taskId: string;
  /** The quadrant the task was shown in. */
  readonly from: Quadrant;
  /** The quadrant it is being moved to. */
  readonly to: Quadrant;
  /** The task's new urgency (`flagsOfQuadrant(to)`): save this, it pins the task in `to` whatever its due date. */
  readonly urgent: boolean;
  /** The task's new importance (`flagsOfQuadrant(to)`). */
  readonly important: boolean;
  /**
   * Holds the move as pending until `promise` settles: fulfilled = saved,
   * rejected = not saved (the task goes back, with the rejection's message
   * shown). Call it while the event is being dispatched (synchronously in
   * the listener); it may be called more than once (all must fulfil).
   */
  waitUntil(promise: PromiseLike<unknown>): void;
}

/**
 * Fired when the user moves a task to another quadrant (drag, keyboard or
 * the "Move to…" menu). Cancelable: `preventDefault()` refuses the move and
 * the task goes back, with a visible message. Without `preventDefault()` or
 * `waitUntil()`, the move counts as saved at once.
 */
export class QuotaTaskMoveEvent extends Event {
  static readonly eventName = 'quota-task-move';
  readonly detail: QuotaTaskMoveDetail;
  private open = true;

  constructor(move: { taskId: string; from: Quadrant; to: Quadrant }, hold: (promise: PromiseLike<unknown>) => void) {
    super(QuotaTaskMoveEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    const { urgent, important } = flagsOfQuadrant(move.to);
    this.detail = Object.freeze({
      taskId: move.taskId,
      from: move.from,
      to: move.to,
      urgent,
      important,
      waitUntil: (promise: PromiseLike<unknown>) => {
        if (!this.open) throw new Error('waitUntil() must be called while quota-task-move is being dispatched');
        hold(promise);
      },
    });
  }

  /** Ends the time in which `waitUntil` may be called (the board calls it after dispatching). */
  close(): void {
    this.open = false;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quota-task-move': QuotaTaskMoveEvent;
  }
}
