import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { LeaderboardDataSchema, type LeaderboardData } from '@quota/domain';
import { DataController } from '../core/data-controller.js';
import { QuotaDataElement } from '../core/data-element.js';
import { MediaQueryController } from '../core/media-controller.js';
import { QuotaElement } from '../core/quota-element.js';
import { RovingFocusController } from '../core/roving-focus.js';
import { styleProps } from '../core/style-props.js';
import type { ResolvedSettings } from '../core/settings.js';
import { QuotaSelectEvent } from '../events/quota-select.js';
import type { CellContext } from './cells.js';
import { cellStyles } from './cells.styles.js';
import { leaderboardStyles } from './leaderboard.styles.js';
import { pagerStyles } from './pager.styles.js';
import { leaderboardColumns, nextIndex, pageCount, pageSizeFor, scaleFor } from './layout.js';
import { PagerController } from './pager-controller.js';
import { RowMotionController, durationMs } from './row-motion.js';
import { renderHeaderRow, renderRow } from './rows.js';
import { leaderboardStrings } from './strings.js';
import { leaderboardView, type LeaderboardRow, type LeaderboardView } from './view.js';

/** Room (px) kept for a classic scrollbar's gutter and the rounding of the measured width. */
const SCROLLBAR_ALLOWANCE = 20;

/**
 * The sales leaderboard (销冠榜): ranks with ties (1, 2, 2, 4), movement
 * against the previous period (▲3 / ▼2 / – / NEW), badges (champion,
 * best newcomer, most improved), an attainment bar with its tier named,
 * quality flags (a result bought with excessive discounts shows it) and,
 * with `kpis`, the process KPIs against their targets. Ranks by attainment
 * or amount; rows slide to their new place when data refreshes (off under
 * reduced motion). An ARIA table with real column headers; rows are
 * focusable (arrows, Home/End, Page Up/Down) and Enter, Space or a click
 * fires `quota-select`. Long lists are virtualised; in TV mode the board
 * pages through them by itself. Narrow screens move low-priority columns to
 * a second line in each row; wide walls scale the type up.
 *
 * @summary Ranked reps with movement, badges, tiers, quality flags and KPIs.
 * @csspart error - Notice listing what is wrong with the data (`role="alert"`).
 * @csspart stale - Notice that the data shown is old, with its age.
 * @csspart empty - Shown before any data arrives, or when nobody is ranked.
 * @csspart caption - The title line (label, as-of date, expected pace).
 * @csspart header - The row of column headers.
 * @csspart column-header - Each column header.
 * @csspart row - Each rep's row (also `row-flagged` when a quality rule is broken).
 * @csspart cell - Every cell (also `rank`, `movement`, `name`, `team`, `attainment`, `amount`, `flags`, `kpi`).
 * @csspart rank - The rank cell.
 * @csspart movement - The movement cell (also `movement-up`, `movement-down`, `movement-same`, `movement-new`).
 * @csspart new - The NEW mark of a new entry.
 * @csspart badge - Each badge (also `badge-champion`, `badge-newcomer`, `badge-most-improved`).
 * @csspart tier - The tier name (also `tier-below`, `tier-standard`, `tier-exceeded`, `tier-outstanding`).
 * @csspart bar - The attainment bar (`bar-value` its fill, `bar-pace` the expected-pace tick).
 * @csspart bar-overflow - The ↗ at the end of a bar whose attainment is past the scale's top (300%), with "beyond the scale" for screen readers.
 * @csspart flag - Each alert chip (also `flag-quality-violation`, `flag-below-threshold`, `flag-outlier`).
 * @csspart flag-mark - The ⚠ beside an attainment that broke a quality rule.
 * @csspart kpi - A KPI cell (also `kpi-met`, `kpi-missed`).
 * @csspart pager - TV mode's page indicator and buttons.
 * @cssprop --leaderboard-height - Height of the scrolling body of a long (virtualised) list and of TV mode's page, when the host's own height does not set it (default 30em).
 * @cssprop --leaderboard-row-border - The line under each row (default 1px solid the border colour).
 * @cssprop --leaderboard-row-background - Background of a row.
 * @cssprop --leaderboard-bar-height - Height of the attainment bar (default 0.5em).
 * @fires quota-select - A row was activated (click, Enter or Space): `detail` `{ widget: 'leaderboard', id }`.
 * @fires quota-load - Good data arrived.
 * @fires quota-error - Data was bad or could not be loaded; the last good data stays, marked stale.
 */
@customElement('quota-leaderboard')
export class QuotaLeaderboard extends QuotaDataElement<LeaderboardData, LeaderboardView> {
  static override styles = [...(QuotaElement.styles as never[]), leaderboardStyles, cellStyles, pagerStyles];

  /** Rank by `attainment` (default) or `amount`. Without it, the data's `rankBy`. The Attainment and Amount column headers set it too. */
  @property({ attribute: 'rank-by', reflect: true }) rankBy?: 'attainment' | 'amount';

  /** Show the process KPI columns (weekly visits, monthly opportunities, opportunity → proposal, proposal → won) against their targets. */
  @property({ type: Boolean, reflect: true }) kpis = false;

  /** TV mode: page through the list by itself, a page the height of the widget at a time. On by itself under the `tv` theme. */
  @property({ type: Boolean, reflect: true }) tv = false;

  /** Seconds each page shows in TV mode (default 8; 0 pages only by hand). Pauses while hovered or focused. */
  @property({ type: Number, attribute: 'page-seconds' }) pageSeconds = 8;

  /** Lists longer than this are virtualised: only the rows in view are in the DOM (default 100). */
  @property({ type: Number, attribute: 'virtualize-above' }) virtualizeAbove = 100;

  protected readonly loader = new DataController(this, LeaderboardDataSchema);
  private readonly roving = new RovingFocusController(this);
  private readonly pager = new PagerController(this);
  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  /** Height of TV mode's body, for the page size. */
  private readonly bodyHeight = new ResizeController(this, { target: null, callback: (e) => Math.round(e[0]?.contentRect.height ?? 0) });
  private observedBody: Element | undefined;
  @state() private pageSize = 10;
  private rowPx = { key: '', px: 0 };
  private font = { key: '', px: 14 };
  /** {@link rankingKey} at the last render with data. */
  private renderedRanking: unknown[] | undefined;
  /** Rows the virtualiser has in the DOM. */
  private range = { first: 0, last: -1 };
  /** Rows slide to their new place when the ranking changes (not in a virtual list, not under reduced motion). */
  private readonly rowMotion = new RowMotionController(this, {
    rows: () => this.renderRoot.querySelectorAll<HTMLElement>('.tbody:not(.virtual) > [role="row"]'),
    enabled: () => !this.isVirtual && !this.reducedMotion.matches && this.reranking(),
    duration: () => durationMs(getComputedStyle(this).getPropertyValue('--_motion-duration')),
  });

  protected override viewInputsChanged(changed: PropertyValues): boolean {
    return changed.has('rankBy');
  }

  protected buildView(data: LeaderboardData, settings: ResolvedSettings): LeaderboardView {
    return leaderboardView(data, settings, this.rankBy || undefined);
  }

  private get isTv(): boolean {
    return this.tv || this.settings.theme === 'tv';
  }

  private get isVirtual(): boolean {
    return !this.isTv && (this.view?.rows.length ?? 0) > this.virtualizeAbove;
  }

  /** The host's font size in px (read again only when the width or theme changes). */
  private fontPx(width: number): number {
    const key = `${width}|${this.settings.theme}`;
    if (this.font.key !== key) this.font = { key, px: parseFloat(getComputedStyle(this).fontSize) || 14 };
    return this.font.px;
  }

  protected renderView(v: LeaderboardView) {
    const s = leaderboardStrings(this.settings.locale);
    const f = this.formats(v.currency);
    // Before the first resize report, the host's own width (one layout read) spares a second render.
    const width = this.width.value ?? Math.round(this.clientWidth / 8) * 8;
    const fontPx = this.fontPx(width);
    // Less a scrollbar's gutter and the 8 px rounding of the width.
    const room = Math.max(1, width - SCROLLBAR_ALLOWANCE);
    const scale = scaleFor(room, fontPx);
    const widthEm = width > 0 ? room / (fontPx * scale) : 80;
    const columns = leaderboardColumns({ widthEm, teams: v.teams, flags: v.flags, kpis: this.kpis });
    const ctx: CellContext = { s, f, view: v };
    const tv = this.isTv;
    const virtual = this.isVirtual;
    const count = v.rows.length;
    this.pager.configure(tv, tv ? pageCount(count, this.pageSize) : 1, this.pageSeconds);
    const page = this.pager.page;
    const shown = tv ? v.rows.slice(page * this.pageSize, (page + 1) * this.pageSize) : v.rows;
    const activeIndex = this.roving.activeKey === undefined ? -1 : v.rows.findIndex((r) => r.id === this.roving.activeKey);
    const inView = activeIndex >= 0 && (virtual ? activeIndex >= this.range.first && activeIndex <= this.range.last : shown.some((r) => r.index === activeIndex));
    const tabbable = inView ? v.rows[activeIndex]!.id : (virtual ? v.rows[Math.max(0, this.range.first)] : shown[0])?.id;
    const row = (r: LeaderboardRow) => renderRow(r, columns, ctx, { tabIndex: r.id === tabbable ? 0 : -1 });
    // The rows draw again only when something they show changed (not for a resize that kept the columns).
    const rowsKey = [v, s, f, columns.primary.join(), columns.secondary.join(), tabbable, virtual, tv && page, tv && this.pageSize];
    const meta = [s.asOf(f.date(v.asOf)), v.pace !== null ? s.pace(f.percent(v.pace, 0)) : ''].filter(Boolean).join(' · ');
    const boardStyle = styleProps({ '--_cols': columns.template, 'font-size': scale !== 1 ? `${scale.toFixed(3)}em` : undefined });
    return html`<section class="board${tv ? ' tv' : ''}" ${boardStyle}>
      <div part="caption" class="caption">
        <span class="title" id="title">${v.label ?? s.title}</span><span class="meta">${meta}</span>
      </div>
      ${count === 0
        ? html`<p part="empty" class="status-empty">${s.empty}</p>`
        : html`<div role="table" class="table" aria-labelledby="title" aria-rowcount=${count + 1}>
            <div role="rowgroup" class="thead">${renderHeaderRow(columns, ctx, (by) => (this.rankBy = by))}</div>
            ${virtual
              ? html`<div
                  role="rowgroup"
                  class="tbody virtual"
                  tabindex=${this.range.last >= this.range.first && this.range.first >= 0 ? nothing : 0}
                  @keydown=${this.onKeyDown}
                  @click=${this.onClick}
                  @focus=${this.onBodyFocus}
                  @rangeChanged=${this.onRange}
                >
                  ${guard(rowsKey, () => virtualize({ items: v.rows, keyFunction: (r: LeaderboardRow) => r.id, renderItem: row, scroller: true }))}
                </div>`
              : html`<div role="rowgroup" class="tbody${tv ? ' paged' : ''}" @keydown=${this.onKeyDown} @click=${this.onClick}>
                  ${guard(rowsKey, () => repeat(shown, (r) => r.id, row))}
                </div>`}
          </div>`}
      ${tv && this.pager.pages > 1 ? this.renderPager(page, this.pager.pages) : nothing}
    </section>`;
  }

  private renderPager(page: number, pages: number) {
    const s = leaderboardStrings(this.settings.locale);
    const f = this.formats();
    return html`<div part="pager" class="pager" role="group" aria-label=${s.paging}>
      <button type="button" class="page-prev" aria-label=${s.previousPage} @click=${() => this.pager.show(page - 1)}><span aria-hidden="true">◀</span></button>
      <span class="page-of">${s.page(f.number(page + 1, 0), f.number(pages, 0))}</span>
      <button type="button" class="page-next" aria-label=${s.nextPage} @click=${() => this.pager.show(page + 1)}><span aria-hidden="true">▶</span></button>
      <button type="button" class="page-hold" aria-pressed=${this.pager.held ? 'true' : 'false'} @click=${() => this.pager.toggleHold()}>
        <span aria-hidden="true">${this.pager.held ? '▶' : '❚❚'}</span> ${s.pause}
      </button>
    </div>`;
  }

  /** What the order depends on: when it differs from the last render's, the update is a re-rank. */
  private rankingKey(): unknown[] {
    return [this.loader.value, this.rankBy || undefined, this.settings.tiers, this.settings.asOf, this.settings.qualityRules];
  }

  private reranking(): boolean {
    const last = this.renderedRanking;
    return last !== undefined && this.rankingKey().some((k, i) => k !== last[i]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.view) this.renderedRanking = this.rankingKey();
    // Only TV mode's page needs the body's height (the virtual list sizes itself).
    const body = this.renderRoot.querySelector('.tbody.paged') ?? undefined;
    if (body !== this.observedBody) {
      if (this.observedBody) this.bodyHeight.unobserve(this.observedBody);
      if (body) this.bodyHeight.observe(body);
      this.observedBody = body;
    }
    if (this.isTv && body) this.fitPage(body as HTMLElement);
  }

  /** TV mode: as many rows per page as the body's height holds (row height measured, never shrinking for one width). */
  private fitPage(body: HTMLElement): void {
    const key = `${this.width.value}|${this.kpis}|${this.settings.theme}`;
    if (this.rowPx.key !== key) this.rowPx = { key, px: 0 };
    for (const row of body.querySelectorAll<HTMLElement>('[role="row"]')) this.rowPx.px = Math.max(this.rowPx.px, row.offsetHeight);
    const gap = parseFloat(getComputedStyle(body).rowGap) || 0;
    const size = pageSizeFor(body.clientHeight + gap, this.rowPx.px + gap, this.pageSize);
    if (size !== this.pageSize) this.pageSize = size;
  }

  private readonly onRange = (e: Event) => {
    const { first, last } = e as Event & { first: number; last: number };
    this.range = { first, last };
    this.requestUpdate();
  };

  /** The virtual body takes focus only while none of its rows is rendered (e.g. scrolled off screen): hand it to a row. */
  private readonly onBodyFocus = (e: FocusEvent) => {
    if (e.target !== e.currentTarget || !this.view?.rows.length) return;
    const active = this.view.rows.findIndex((r) => r.id === this.roving.activeKey);
    this.moveTo(active >= 0 ? active : Math.max(0, this.range.first));
  };

  private readonly onClick = (e: MouseEvent) => {
    const row = (e.target as Element).closest<HTMLElement>('[role="row"]');
    if (row?.dataset.key) this.select(row.dataset.key);
  };

  private readonly onKeyDown = (e: KeyboardEvent) => {
    const row = (e.target as Element).closest<HTMLElement>('[role="row"]');
    const v = this.view;
    if (!row?.dataset.key || !v || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(row.dataset.key);
      return;
    }
    const step = this.isTv ? this.pageSize : Math.max(1, this.range.last - this.range.first - 2) || 10;
    const next = nextIndex(e.key, Number(row.dataset.index), v.rows.length, step);
    if (next === null) return;
    e.preventDefault();
    this.moveTo(next);
  };

  /** Focuses the row at `index`: shows its page in TV mode, scrolls the virtual list to it. */
  private moveTo(index: number): void {
    const target = this.view?.rows[index];
    if (!target) return;
    if (this.isTv) this.pager.show(Math.floor(index / this.pageSize));
    else if (this.isVirtual) {
      const body = this.renderRoot.querySelector<VirtualizerHostElement>('.tbody.virtual');
      body?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
    }
    this.roving.focus(target.id);
  }

  private select(id: string): void {
    this.roving.setActive(id);
    this.dispatchEvent(new QuotaSelectEvent({ widget: 'leaderboard', id }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quota-leaderboard': QuotaLeaderboard;
  }
}
