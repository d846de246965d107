// The wall's chrome around the boards: data age, stale markers, the
// rotation controls and the board indicator. Pure render functions.
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Formats } from '../core/format.js';
import type { BoardFreshness } from './freshness.js';
import { floorAge } from './layout.js';
import type { WallStrings } from './strings.js';

export interface BoardEntry {
  id: string;
  label: string;
  freshness: BoardFreshness;
}

/** An age in words: “just now” under a minute, else “2 minutes ago” (floored to its unit). */
export function ageWords(ms: number, s: WallStrings, f: Formats): string {
  return ms < 60_000 ? s.justNow : f.age(floorAge(ms));
}

/** “updated 2 minutes ago” / “updated just now” / “waiting for data”, as text. */
export function ageText(fresh: BoardFreshness, now: number, s: WallStrings, f: Formats): string {
  return fresh.updatedAt === undefined ? s.waiting : s.updated(ageWords(now - fresh.updatedAt, s, f));
}

/** The stale (or failed) marker of a board: a symbol and a word, never colour alone; `long` adds the age or the count. */
export function staleMarker(fresh: BoardFreshness, now: number, s: WallStrings, f: Formats, long = false): TemplateResult | typeof nothing {
  if (fresh.state === 'failed') {
    const text = long && fresh.widgets > 1 ? s.failedCount(f.number(fresh.failed)) : s.failed;
    return html`<span part="stale stale-failed" class="marker failed"><span aria-hidden="true">✕</span> ${text}</span>`;
  }
  if (fresh.state !== 'stale') return nothing;
  const text = long && fresh.updatedAt !== undefined ? s.staleSince(ageWords(now - fresh.updatedAt, s, f)) : s.stale;
  return html`<span part="stale" class="marker stale"><span aria-hidden="true">⚠</span> ${text}</span>`;
}

const icon = (d: string) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path d=${d}></path>`}</svg>`;
const ICONS = {
  previous: 'M15.5 4 7.5 12l8 8',
  next: 'M8.5 4l8 8-8 8',
  pause: 'M8 5v14M16 5v14',
  play: 'M7 4.5v15l12.5-7.5z',
};

export interface HeaderState {
  /** Something is in the `title` slot. */
  titled: boolean;
  current: BoardEntry | undefined;
  now: number;
  /** The clock's text, or undefined for none. */
  clock: { time: string; date: string } | undefined;
  clockAt: number;
  /** Show the date under the time. */
  date: boolean;
}

/** Title · the board's name with its data age (or its stale marker) · clock. */
export function renderHeader(h: HeaderState, s: WallStrings, f: Formats, onTitleChange: (e: Event) => void): TemplateResult {
  const c = h.current;
  const problem = c && (c.freshness.state === 'stale' || c.freshness.state === 'failed');
  return html`<div part="header" class="header">
    <div class="title" ?hidden=${!h.titled}><slot name="title" @slotchange=${onTitleChange}></slot></div>
    <div class="now">
      ${c
        ? html`<span part="board-name" class="board-name">${c.label}</span>
            ${problem ? staleMarker(c.freshness, h.now, s, f, true) : html`<span part="age" class="age">${ageText(c.freshness, h.now, s, f)}</span>`}`
        : nothing}
    </div>
    ${h.clock
      ? html`<time part="clock" class="clock" datetime=${new Date(h.clockAt).toISOString()}>
          <span class="time">${h.clock.time}</span>${h.date ? html`<span class="date">${h.clock.date}</span>` : nothing}
        </time>`
      : nothing}
  </div>`;
}

export interface ControlsState {
  paused: boolean;
  /** The rotation is stopped for now (by hand, while in use, or with one board or none). */
  stopped: boolean;
  count: number;
}

/** Previous, pause/resume and next (APG carousel: the rotation control's name says what it will do). */
export function renderControls(st: ControlsState, s: WallStrings, on: { previous(): void; toggle(): void; next(): void }): TemplateResult {
  const many = st.count > 1;
  return html`<div part="controls" class="controls" role="group" aria-label=${s.controls}>
    <button type="button" part="control control-previous" aria-label=${s.previous} ?disabled=${!many} @click=${on.previous}>
      ${icon(ICONS.previous)}
    </button>
    <button type="button" part="control control-pause" aria-label=${st.paused ? s.resume : s.pause} ?disabled=${!many} @click=${on.toggle}>
      ${icon(st.paused ? ICONS.play : ICONS.pause)}
    </button>
    <button type="button" part="control control-next" aria-label=${s.next} ?disabled=${!many} @click=${on.next}>${icon(ICONS.next)}</button>
    ${many && st.stopped ? html`<span class="state">${st.paused ? s.paused : s.held}</span>` : nothing}
  </div>`;
}

/** One button per board, the shown one `aria-current`, each with its data age and stale marker. */
export function renderIndicator(
  boards: readonly BoardEntry[],
  index: number,
  now: number,
  s: WallStrings,
  f: Formats,
  pick: (i: number) => void,
): TemplateResult {
  return html`<ol part="indicator" class="indicator" aria-label=${s.boards}>
    ${boards.map((b, i) => {
      const current = i === index;
      return html`<li>
        <button
          type="button"
          part=${current ? 'indicator-item indicator-item-current' : 'indicator-item'}
          class=${`item ${b.freshness.state}`}
          aria-current=${current ? 'true' : nothing}
          @click=${() => pick(i)}
        >
          <span class="position" aria-hidden="true">${f.number(i + 1)}</span>
          <span class="name">${b.label}</span>
          <span part="age" class="age">${ageText(b.freshness, now, s, f)}</span>
          ${staleMarker(b.freshness, now, s, f)}
        </button>
      </li>`;
    })}
  </ol>`;
}
