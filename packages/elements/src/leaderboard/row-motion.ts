import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A CSS `<time>` (`300ms`, `0.3s`, a bare number as ms) in milliseconds; `fallback` when it does not parse. */
export function durationMs(text: string, fallback = 300): number {
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(ms|s)?\s*$/i.exec(text);
  if (!m) return fallback;
  const n = Number(m[1]) * (m[2]?.toLowerCase() === 's' ? 1000 : 1);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

export interface RowMotionOptions {
  /** The rows that may move, each with its `data-key`. */
  rows: () => Iterable<HTMLElement>;
  /** Whether the coming update should slide rows (read before it renders). */
  enabled: () => boolean;
  /** Milliseconds a slide takes (read only when some row moved). */
  duration: () => number;
}

/**
 * FLIP (first, last, invert, play) for the whole list at once: before an
 * update that re-ranks, one pass reads where each row is; after it, one
 * pass reads where each row went, then each moved row slides there with a
 * Web Animation of `transform` (no style attribute is written, so strict
 * `style-src` pages allow it). Rows keep their elements through `repeat()`.
 * Nothing is measured or kept per row when the ranking did not change (a
 * first render, a resize, a new page), and nothing outlives a disconnect.
 */
export class RowMotionController implements ReactiveController {
  private before: Map<string, number> | undefined;
  private readonly running = new Set<Animation>();

  constructor(
    host: ReactiveControllerHost,
    private readonly options: RowMotionOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.before = undefined;
    if (!this.options.enabled()) return;
    const before = new Map<string, number>();
    // Mid-slide rows are measured where they are seen.
    for (const row of this.options.rows()) if (row.dataset.key) before.set(row.dataset.key, row.getBoundingClientRect().top);
    if (before.size) this.before = before;
  }

  hostUpdated(): void {
    const before = this.before;
    this.before = undefined;
    if (!before) return;
    for (const a of this.running) a.cancel();
    const moves: [HTMLElement, number][] = [];
    for (const row of this.options.rows()) {
      const top = row.dataset.key === undefined ? undefined : before.get(row.dataset.key);
      const dy = top === undefined ? 0 : top - row.getBoundingClientRect().top;
      if (Math.abs(dy) >= 0.5) moves.push([row, dy]);
    }
    const duration = moves.length ? this.options.duration() : 0;
    if (!(duration > 0)) return;
    for (const [row, dy] of moves) {
      const a = row.animate([{ transform: `translateY(${dy}px)` }, { transform: 'none' }], { duration, easing: 'ease-in-out' });
      this.running.add(a);
      const done = () => this.running.delete(a);
      a.addEventListener('finish', done, { once: true });
      a.addEventListener('cancel', done, { once: true });
    }
  }

  hostDisconnected(): void {
    this.before = undefined;
    for (const a of this.running) a.cancel();
    this.running.clear();
  }
}
