import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { QuotaErrorEvent, type QuotaErrorDetail } from '../events/quota-error.js';
import { QuotaLoadEvent, type QuotaLoadDetail } from '../events/quota-load.js';

/** What the wall knows about one widget from the `quota-load` / `quota-error` events it fired. */
export interface WidgetRecord {
  /** When its last good data arrived (ms since the epoch). */
  receivedAt: number | undefined;
  /** Where that data came from (`src` data can age; `data` and inline JSON are pushed by the host). */
  source: QuotaLoadDetail['source'] | undefined;
  /** Its latest update failed (bad data, not JSON, fetch failed, could not be drawn). */
  failing: boolean;
}

/** A board's data age and state, for the header and the indicator. */
export interface BoardFreshness {
  /** `waiting`: no widget reported yet; `fresh`; `stale`: old data on screen (an update failed, or it is older than `stale-after`); `failed`: a widget has no data at all. */
  state: 'waiting' | 'fresh' | 'stale' | 'failed';
  /** When the board's oldest data arrived: a board is as old as its oldest widget. */
  updatedAt: number | undefined;
  /** Widgets showing last good data after a failed update. */
  stale: number;
  /** Widgets with no data that failed to get some. */
  failed: number;
  /** Widgets that reported. */
  widgets: number;
}

/**
 * Sums up a board's widgets: the oldest good data is the board's age; any
 * widget still failing makes it `stale` (it has old data) or `failed` (it
 * has none); data from `src` older than `staleAfterMs` (when > 0) is stale
 * too, even without an error (e.g. a fetch that hangs).
 */
export function summarize(records: Iterable<WidgetRecord>, now: number, staleAfterMs = 0): BoardFreshness {
  let updatedAt: number | undefined;
  let stale = 0;
  let failed = 0;
  let widgets = 0;
  for (const r of records) {
    widgets++;
    if (r.receivedAt === undefined) {
      if (r.failing) failed++;
      continue;
    }
    if (updatedAt === undefined || r.receivedAt < updatedAt) updatedAt = r.receivedAt;
    if (r.failing || (staleAfterMs > 0 && r.source === 'src' && now - r.receivedAt > staleAfterMs)) stale++;
  }
  const state = failed > 0 ? 'failed' : stale > 0 ? 'stale' : updatedAt === undefined ? 'waiting' : 'fresh';
  return { state, updatedAt, stale, failed, widgets };
}

/** `node` is inside `ancestor`, across shadow roots. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; ) {
    if (n === ancestor) return true;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return false;
}

/**
 * Per board, the widgets that reported and what they said. Widgets that
 * left their board are dropped whenever the board is summed up, and boards
 * are held weakly: nothing piles up over weeks of replaced widgets.
 */
export class FreshnessTracker {
  private readonly boards = new WeakMap<Element, Map<Element, WidgetRecord>>();

  private recordOf(board: Element, widget: Element): WidgetRecord {
    let widgets = this.boards.get(board);
    if (!widgets) this.boards.set(board, (widgets = new Map()));
    let record = widgets.get(widget);
    if (!record) widgets.set(widget, (record = { receivedAt: undefined, source: undefined, failing: false }));
    return record;
  }

  /** A widget in `board` accepted good data. */
  loaded(board: Element, widget: Element, detail: QuotaLoadDetail): void {
    const r = this.recordOf(board, widget);
    r.receivedAt = detail.receivedAt;
    r.source = detail.source;
    r.failing = false;
  }

  /** A widget in `board` failed to update (its last good data, if any, stays). */
  failed(board: Element, widget: Element, _detail: QuotaErrorDetail): void {
    this.recordOf(board, widget).failing = true;
  }

  /** The widgets of `board` that reported and are still inside it. */
  widgets(board: Element): Element[] {
    const widgets = this.boards.get(board);
    if (!widgets) return [];
    for (const w of widgets.keys()) if (!composedContains(board, w)) widgets.delete(w);
    return [...widgets.keys()];
  }

  /** The board's data age and state now. */
  summary(board: Element, now: number, staleAfterMs = 0): BoardFreshness {
    this.widgets(board);
    return summarize(this.boards.get(board)?.values() ?? [], now, staleAfterMs);
  }
}

/**
 * Listens (while connected) for the `quota-load` and `quota-error` events
 * bubbling out of the host's boards, keeps them in a {@link FreshnessTracker}
 * and re-renders the host. A board is a child element of the host outside
 * any named slot; the widget is where the event began (across shadow roots).
 */
export class FreshnessController extends FreshnessTracker implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    super();
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener(QuotaLoadEvent.eventName, this.onLoad);
    this.host.addEventListener(QuotaErrorEvent.eventName, this.onError);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(QuotaLoadEvent.eventName, this.onLoad);
    this.host.removeEventListener(QuotaErrorEvent.eventName, this.onError);
  }

  /** The board and widget an event came from. Not the host's board list: widgets may report before its slot has. */
  private origin(event: Event): { board: Element; widget: Element } | undefined {
    const path = event.composedPath();
    const board = path.find((n): n is Element => n instanceof Element && n.parentElement === this.host && !n.slot);
    const widget = path[0];
    return board && widget instanceof Element ? { board, widget } : undefined;
  }

  private readonly onLoad = (event: QuotaLoadEvent) => {
    const o = this.origin(event);
    if (!o) return;
    this.loaded(o.board, o.widget, event.detail);
    this.host.requestUpdate();
  };

  private readonly onError = (event: QuotaErrorEvent) => {
    const o = this.origin(event);
    // A provider's bad setting is not a board's data going stale.
    if (!o || event.detail.kind === 'settings') return;
    this.failed(o.board, o.widget, event.detail);
    this.host.requestUpdate();
  };
}
