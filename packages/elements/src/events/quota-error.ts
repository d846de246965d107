import type { InputIssue } from '@quota/domain';

/** Where the data that failed came from. */
export type DataSource = 'data' | 'src' | 'inline';

export interface QuotaErrorDetail {
  /** `invalid`: the data broke the schema; `parse`: not JSON; `fetch`: `src` could not be loaded; `settings`: a bad setting; `render`: the data could not be drawn. */
  kind: 'invalid' | 'parse' | 'fetch' | 'settings' | 'render';
  message: string;
  /** Each problem with its field path, e.g. `stages.1.count`. */
  issues: InputIssue[];
  source: DataSource | 'settings';
  /** True when the last good data stays on screen (marked stale). */
  stale: boolean;
}

/** Fired when a widget's data or settings are bad or cannot be loaded. The widget keeps its last good data. */
export class QuotaErrorEvent extends Event {
  static readonly eventName = 'quota-error';
  readonly detail: QuotaErrorDetail;
  constructor(detail: QuotaErrorDetail) {
    super(QuotaErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quota-error': QuotaErrorEvent;
  }
}
