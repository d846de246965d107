import type { DataSource } from './quota-error.js';

export interface QuotaLoadDetail {
  source: DataSource;
  /** When the data arrived (ms since the epoch). */
  receivedAt: number;
}

/** Fired each time a widget accepts new good data. */
export class QuotaLoadEvent extends Event {
  static readonly eventName = 'quota-load';
  readonly detail: QuotaLoadDetail;
  constructor(detail: QuotaLoadDetail) {
    super(QuotaLoadEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quota-load': QuotaLoadEvent;
  }
}
