export interface QuotaSelectDetail {
  /** Which widget kind the selection is in. */
  widget: 'gauge' | 'funnel' | 'target-tree' | 'task-board' | 'leaderboard' | 'wall';
  /** Id of the selected item: stage, node, task, entry or board. */
  id: string;
}

/** Fired when the user picks an item (click, Enter or Space). */
export class QuotaSelectEvent extends Event {
  static readonly eventName = 'quota-select';
  readonly detail: QuotaSelectDetail;
  constructor(detail: QuotaSelectDetail) {
    super(QuotaSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quota-select': QuotaSelectEvent;
  }
}
