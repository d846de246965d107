export interface QuotaBoardChangeDetail {
  /** Position of the board now shown (0-based). */
  index: number;
  /** Id of the board now shown: its `data-board`, else its `id`, else `board-<n>` (1-based). */
  id: string;
  /** Position of the board shown before (-1 when there was none). */
  previousIndex: number;
  /** How many boards the wall has. */
  count: number;
  /** `timer`: the rotation moved on; `user`: a key, button or indicator; `api`: `index`, `show()`, `next()`, `previous()` or the boards changed. */
  reason: 'timer' | 'user' | 'api';
}

/** Fired by `<quota-wall>` each time it shows another board. */
export class QuotaBoardChangeEvent extends Event {
  static readonly eventName = 'quota-board-change';
  readonly detail: QuotaBoardChangeDetail;
  constructor(detail: QuotaBoardChangeDetail) {
    super(QuotaBoardChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quota-board-change': QuotaBoardChangeEvent;
  }
}
