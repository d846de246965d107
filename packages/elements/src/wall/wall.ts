import { provide } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { MediaQueryController } from '../core/media-controller.js';
import { QuotaElement } from '../core/quota-element.js';
import { styleProps } from '../core/style-props.js';
import { settingsContext, type QuotaSettings, type Theme } from '../core/settings.js';
import { QuotaBoardChangeEvent, type QuotaBoardChangeDetail } from '../events/quota-board-change.js';
import { QuotaSelectEvent } from '../events/quota-select.js';
import { adaptStyles } from './adapt.styles.js';
import { renderBoardArea } from './board-area.js';
import { boardAreaStyles } from './board-area.styles.js';
import { boardId, boardLabel, boardsOf, markBoards, unmarkBoards } from './boards.js';
import { renderControls, renderHeader, renderIndicator, type BoardEntry } from './chrome.js';
import { ClockController, clockText } from './clock.js';
import { FitController } from './fit.js';
import { footerStyles } from './footer.styles.js';
import { FreshnessController } from './freshness.js';
import { headerStyles } from './header.styles.js';
import { HoldController } from './hold.js';
import { KeyController } from './keys.js';
import { burnInOffset, periodMs, wallSettings, wrapIndex, type WallAction } from './layout.js';
import { reloadWidgets } from './reload.js';
import { wallStrings } from './strings.js';
import { TimerController } from './timer.js';
import { wallStyles } from './wall.styles.js';

/**
 * A full-screen wall for a sales-office TV: its child elements are boards
 * (e.g. `<section aria-label="Attainment">` holding Quota widgets), shown
 * one at a time and rotated every `interval` seconds. The rotation pauses
 * while the pointer is over the wall or focus is inside it (and resumes by
 * itself after `resume-after` idle seconds, for a wall left alone), with
 * Space, or with the pause button; arrows, Page Up/Down and Home/End step
 * through the boards. A clock in the locale, each board's data age from the
 * `quota-load` / `quota-error` events of its widgets, stale and failed
 * markers. A board taller than the screen is scaled down to fit (to half
 * its size at most; beyond that it scrolls). The `tv` theme unless a
 * `theme` (its own or a provider's) says otherwise, sized by the viewport;
 * a small periodic shift of the whole layout against burn-in (none under
 * reduced motion). Every timer, listener and observer stops on disconnect.
 * WAI-ARIA APG auto-rotating carousel.
 *
 * The wall also hands its settings (locale, currency, as-of, theme) to the
 * widgets inside, like a `<quota-provider>`.
 *
 * @summary Rotating TV wall of boards with clock, data age and stale markers.
 * @slot - The boards: each child element is one board (`aria-label`, `title` or its first heading names it; `data-board` or `id` is its id). The wall sets `inert` on the hidden boards and `data-active` on the shown one.
 * @slot title - A title for the header (e.g. the team's name or a logo).
 * @csspart frame - Everything the wall draws; the burn-in shift moves it.
 * @csspart header - The top line: title, board name, data age, clock.
 * @csspart board - The area showing the current board (`role="group"`, focusable: keys work there).
 * @csspart board-name - The current board's name in the header.
 * @csspart clock - The clock (`<time>`): `time` and `date` inside.
 * @csspart age - A data age (“updated 2 minutes ago”): the current board's in the header and each board's in the indicator.
 * @csspart stale - A stale marker (also `stale-failed` when a widget has no data at all).
 * @csspart progress - The thin bar counting down to the next board.
 * @csspart controls - The previous, pause/resume and next buttons; `control` each (also `control-previous`, `control-pause`, `control-next`).
 * @csspart indicator - The list of boards; `indicator-item` each (also `indicator-item-current`).
 * @cssprop --wall-height - Height of the wall (default 100dvh: the whole screen).
 * @cssprop --wall-gap - Space between the widgets of a board (default twice the theme's space).
 * @cssprop --wall-column - Narrowest column of a board's default grid (default 22em).
 * @cssprop --wall-background - Background of the wall (default the theme's background).
 * @cssprop --wall-fade - Length of each board's fade-in (default the theme's motion duration; none under reduced motion).
 * @fires quota-board-change - Another board is shown: `detail` `{ index, id, previousIndex, count, reason }` (`timer`, `user` or `api`).
 * @fires quota-select - The user picked a board in the indicator: `detail` `{ widget: 'wall', id }`.
 */
@customElement('quota-wall')
export class QuotaWall extends QuotaElement {
  static override styles = [
    ...(QuotaElement.styles as never[]),
    wallStyles,
    headerStyles,
    boardAreaStyles,
    footerStyles,
    adaptStyles,
  ];

  /** Colour theme: `light`, `dark` or `tv`. Default: the provider's, else `tv`. The widgets inside follow it. */
  @property({ reflect: true }) override theme?: Theme;

  /** Seconds each board shows before the next (default 20; 0: only by hand). */
  @property({ type: Number }) interval = 20;

  /** The rotation is paused by hand (Space, the pause button, or this attribute). Hover and focus pause it too, without setting this. */
  @property({ type: Boolean, reflect: true }) paused = false;

  /** Position of the board shown (0-based). Setting it shows that board. */
  @property({ type: Number }) index = 0;

  /** Seconds between wall-wide reloads: every Quota widget inside with a `src` fetches again, all at once (0 or absent: each widget keeps its own `refresh`). The wall also reloads them when the network comes back. */
  @property({ type: Number }) refresh?: number;

  /** Seconds after which `src` data counts as stale even without an error, e.g. when a fetch hangs (0 or absent: only failed updates are stale). */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter?: number;

  /** Largest burn-in shift of the whole layout, in px (default 4; 0: off). Always off under reduced motion. */
  @property({ type: Number }) shift = 4;

  /** Seconds between burn-in shifts (default 180). */
  @property({ type: Number, attribute: 'shift-interval' }) shiftInterval = 180;

  /** Seconds without pointer or key activity after which a hover or focus pause ends by itself (default 120; 0: never). A pause by hand stays. */
  @property({ type: Number, attribute: 'resume-after' }) resumeAfter = 120;

  /** What the clock shows: `date-time` (default), `time`, or `none`. */
  @property() clock: 'date-time' | 'time' | 'none' = 'date-time';

  /** IANA time zone of the clock (e.g. `Asia/Shanghai`); default the device's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Also take the wall's keys when nothing on the page has focus (for a presenter clicker or a TV remote). */
  @property({ type: Boolean, attribute: 'page-keys' }) pageKeys = false;

  /** Settings for the widgets inside: the provider's, the wall's own, and the `tv` theme unless either names one. */
  @provide({ context: settingsContext })
  @state()
  protected provided: QuotaSettings = { theme: 'tv' };

  @state() private boards: Element[] = [];
  @state() private shiftStep = 0;
  @state() private titled = false;
  private shown: { board: Element | undefined; index: number } = { board: undefined, index: -1 };
  private reason: QuotaBoardChangeDetail['reason'] | undefined;

  private readonly tracker = new FreshnessController(this);
  private readonly keys = new KeyController(this, {
    owns: (o) => o === this || (o instanceof Node && this.renderRoot.contains(o)) || this.boards.includes(o as Element),
    pageKeys: () => this.pageKeys,
    act: (a) => this.act(a),
  });
  private readonly clockTicker = new ClockController(this);
  private readonly fit = new FitController(this);
  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  private readonly hold = new HoldController(this, () => periodMs(this.resumeAfter) ?? 0);
  private readonly rotation = new TimerController(this, () => (this.rotating ? periodMs(this.interval) : undefined), () => this.step(1, 'timer'));
  private readonly shifter = new TimerController(
    this,
    () => (this.shift > 0 && !this.reducedMotion.matches ? periodMs(this.shiftInterval) : undefined),
    () => (this.shiftStep = (this.shiftStep + 1) % 8),
  );
  private readonly refresher = new TimerController(this, () => periodMs(this.refresh), () => this.reload());

  /** The rotation is running: more than one board, not paused by hand, nobody using the wall. */
  get rotating(): boolean {
    return this.boards.length > 1 && !this.paused && !this.hold.held;
  }

  /** Shows the next board. */
  next(): void {
    this.step(1, 'api');
  }

  /** Shows the previous board. */
  previous(): void {
    this.step(-1, 'api');
  }

  /** Shows a board by position (0-based) or id. */
  show(board: number | string): void {
    const i = typeof board === 'number' ? board : this.boards.findIndex((b, k) => boardId(b, k) === board);
    if (i >= 0) this.go(i, 'api');
  }

  /** Fetches the data of every Quota widget inside again now. */
  reload(): void {
    reloadWidgets(this, this.boards, (board) => this.tracker.widgets(board));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (['locale', 'theme', 'currency', 'asOf', 'inherited'].some((k) => changed.has(k))) {
      this.provided = wallSettings({ locale: this.locale, currency: this.currency, asOf: this.asOf, theme: this.theme }, this.inherited);
    }
    const wrapped = wrapIndex(this.index, this.boards.length);
    if (wrapped !== this.index) this.index = wrapped;
    // Each board gets its full time, however it was reached (the timer re-arms itself).
    if (this.boards[this.index] !== this.shown.board && this.reason !== 'timer') this.rotation.restart();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const board = this.boards[this.index];
    if (board !== this.shown.board || changed.has('boards')) markBoards(this.boards, board);
    this.fit.watch(this.renderRoot.querySelector<HTMLElement>('.viewport'), board);
    if (board !== this.shown.board) {
      const previousIndex = this.shown.board ? this.boards.indexOf(this.shown.board) : -1;
      const reason = this.reason ?? 'api';
      this.shown = { board, index: this.index };
      if (board) {
        const id = boardId(board, this.index);
        this.dispatchEvent(new QuotaBoardChangeEvent({ index: this.index, id, previousIndex, count: this.boards.length, reason }));
      }
    }
    this.reason = undefined;
  }

  protected override render() {
    const s = wallStrings(this.settings.locale);
    const f = this.formats();
    const now = Date.now();
    const staleAfter = periodMs(this.staleAfter, 0) ?? 0;
    const count = f.number(this.boards.length);
    const entries: BoardEntry[] = this.boards.map((b, i) => ({
      id: boardId(b, i),
      label: boardLabel(b, s, f.number(i + 1)),
      freshness: this.tracker.summary(b, now, staleAfter),
    }));
    const current = entries[this.index];
    const offset = this.shift > 0 && !this.reducedMotion.matches ? burnInOffset(this.shiftStep, this.shift) : undefined;
    const rotating = this.rotating;
    const period = this.rotation.current;
    const clock = this.clock === 'none' ? undefined : clockText(this.clockTicker.now, this.settings.locale, this.timeZone);
    const positionLabel = current ? s.slideLabel(current.label, f.number(this.index + 1), count) : s.wall;
    return html`<div
      part="frame"
      class="frame"
      role="region"
      aria-roledescription=${s.carousel}
      aria-label=${s.wall}
      ${styleProps({ transform: offset && (offset.x || offset.y) ? `translate(${offset.x}px, ${offset.y}px)` : undefined })}
    >
      ${renderHeader({ titled: this.titled, current, now, clock, clockAt: this.clockTicker.now, date: this.clock === 'date-time' }, s, f, this.onTitleChange)}
      <div class="footer">
        ${renderControls({ paused: this.paused, stopped: !rotating, count: this.boards.length }, s, {
          previous: () => this.step(-1, 'user'),
          toggle: () => this.togglePause(),
          next: () => this.step(1, 'user'),
        })}
        ${renderIndicator(entries, this.index, now, s, f, (i) => this.pick(i))}
      </div>
      ${renderBoardArea({ fade: this.shown.board !== undefined, scale: this.fit.scale, label: positionLabel, rotating, period, cycle: this.rotation.cycle }, s, this.onSlotChange)}
    </div>`;
  }

  private step(delta: number, reason: QuotaBoardChangeDetail['reason']): void {
    this.go(this.index + delta, reason);
  }

  private go(i: number, reason: QuotaBoardChangeDetail['reason']): void {
    if (!this.boards.length) return;
    const next = wrapIndex(i, this.boards.length);
    if (next === this.index && this.boards[next] === this.shown.board) return;
    this.reason = reason;
    this.index = next;
  }

  private pick(i: number): void {
    this.go(i, 'user');
    const board = this.boards[i];
    if (board) this.dispatchEvent(new QuotaSelectEvent({ widget: 'wall', id: boardId(board, i) }));
  }

  private act(action: WallAction): void {
    if (action === 'toggle') this.togglePause();
    else if (action === 'next' || action === 'previous') this.step(action === 'next' ? 1 : -1, 'user');
    else this.go(action === 'first' ? 0 : this.boards.length - 1, 'user');
  }

  private togglePause(): void {
    this.paused = !this.paused;
    if (!this.paused) this.hold.release();
  }

  private readonly onSlotChange = (event: Event) => {
    const boards = boardsOf(event.target as HTMLSlotElement);
    unmarkBoards(this.boards.filter((b) => !boards.includes(b)));
    const kept = this.shown.board ? boards.indexOf(this.shown.board) : -1;
    if (kept >= 0) this.shown = { board: this.shown.board, index: kept };
    this.index = kept >= 0 ? kept : Math.min(this.index, Math.max(0, boards.length - 1));
    this.boards = boards;
  };

  private readonly onTitleChange = (event: Event) => {
    this.titled = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  };

  private readonly onOnline = () => this.reload();
}

declare global {
  interface HTMLElementTagNameMap {
    'quota-wall': QuotaWall;
  }
}
