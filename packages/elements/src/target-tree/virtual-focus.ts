import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';

type VirtualizerHost = Element & { [virtualizerRef]?: { element(i: number): { scrollIntoView(o?: ScrollIntoViewOptions): void } | undefined } };

/**
 * Keyboard focus in a virtualised list, beside the RovingFocusController:
 * knows which rows the virtualiser has rendered (its `rangeChanged`), and
 * when asked to focus a row that is not rendered, has the virtualiser
 * scroll it in and focuses it once it is there. While the row in the tab
 * order is scrolled away, {@link rendered} is false: the list itself then
 * takes Tab and hands focus on (the element's `onListFocus`).
 */
export class VirtualFocus implements ReactiveController {
  private range = { first: 0, last: -1 };
  /** The rows the virtualiser had when it last reported its range. */
  private rangeRows: readonly number[] | undefined;
  private want: string | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly rows: () => readonly number[];
  private readonly rowOf: (key: string) => number;

  constructor(host: ReactiveControllerHost & HTMLElement, rows: () => readonly number[], rowOf: (key: string) => number) {
    this.host = host;
    this.rows = rows;
    this.rowOf = rowOf;
    host.addController(this);
  }

  /** Focus `key`'s row after the next render, or once the virtualiser has rendered it. */
  focus(key: string): void {
    this.want = key;
  }

  /** Whether `key`'s row is among the rendered rows. */
  rendered(key: string | undefined): boolean {
    if (key === undefined || this.range.last < this.range.first) return false;
    const row = this.rowOf(key);
    return row >= 0 && row >= this.range.first && row <= this.range.last;
  }

  /** Listener for the virtualiser's `rangeChanged`. */
  readonly onRange = (e: RangeChangedEvent): void => {
    const key = this.want ?? this.tabKey;
    const before = this.rendered(key);
    this.range = { first: e.first, last: e.last };
    this.rangeRows = this.rows();
    if (this.want !== undefined && !this.rendered(this.want)) this.scrollTo(this.want);
    else if (this.want !== undefined || this.rendered(key) !== before) this.host.requestUpdate();
  };

  /** The key in the tab order (set by the host on each render). */
  tabKey: string | undefined;

  hostUpdated(): void {
    const key = this.want;
    if (key === undefined) return;
    const el = this.host.shadowRoot?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (el) {
      this.want = undefined;
      if (this.host.shadowRoot!.activeElement !== el) el.focus();
    } else if (this.rangeRows === this.rows()) this.scrollTo(key);
    // Otherwise the virtualiser has yet to take the new rows: its rangeChanged follows.
  }

  private scrollTo(key: string): void {
    const list = this.host.shadowRoot?.querySelector<VirtualizerHost>('.virtual');
    const row = this.rowOf(key);
    if (row >= 0) list?.[virtualizerRef]?.element(row)?.scrollIntoView({ block: 'nearest' });
  }
}
