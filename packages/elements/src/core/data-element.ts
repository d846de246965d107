import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { property } from 'lit/decorators.js';
import type { DirectiveResult } from 'lit/directive.js';
import type { DataController } from './data-controller.js';
import { QuotaElement } from './quota-element.js';
import type { ResolvedSettings } from './settings.js';
import { coreStrings } from './strings.js';
import { TickController } from './tick-controller.js';
import { QuotaErrorEvent } from '../events/quota-error.js';

const MAX_LISTED_ISSUES = 6;

/**
 * A widget that draws JSON data: `data`, `src` + `refresh`, or inline JSON,
 * validated by its {@link DataController}. Subclasses build a view model
 * from good data in {@link buildView} (pure, may throw: a throw becomes an
 * inline error, never an exception in the page) and draw it in
 * {@link renderView}. The error and stale states are drawn here.
 */
export abstract class QuotaDataElement<T, V> extends QuotaElement {
  /** The data, as a JS object (validated; bad data is shown as an error and the last good data stays). */
  @property({ attribute: false }) data?: T | unknown;

  /** URL of the data as JSON; fetched on connect and every `refresh` seconds. */
  @property() src?: string;

  /** Seconds between fetches of `src` (0 or absent: fetch once). Failed fetches retry sooner, backing off. */
  @property({ type: Number }) refresh?: number;

  /** Seconds a fetch of `src` may take before it counts as failed (then retried with back-off, the last good data kept). Default 30. */
  @property({ type: Number }) timeout?: number;

  protected abstract readonly loader: DataController<T>;

  /** The view model of the last good data, or undefined before any. */
  protected view: V | undefined;
  private viewOf: { value: T | undefined; settings: ResolvedSettings | undefined } = { value: undefined, settings: undefined };
  /** Why the latest view model could not be built (cleared when one builds). */
  private buildFailure: string | undefined;
  /** Why the latest render could not draw the view model (cleared when one draws). */
  private drawFailure: string | undefined;
  private reportedDrawFailure: string | undefined;
  private readonly ageTicker = new TickController(this, 30_000, () => this.loader.stale);
  /**
   * The widget's width in px (rounded to 8 px steps), for layouts that change
   * with size. It watches a zero-height sizer rather than the host, so a
   * render that changes the height never feeds back into a resize loop.
   */
  protected readonly width = new ResizeController(this, {
    target: null,
    // The controller also calls back with no entries (after observe() and on reconnection): keep the width known.
    callback: (entries): number | undefined => (entries[0] ? Math.round(entries[0].contentRect.width / 8) * 8 : this.width?.value),
  });

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const sizer = this.renderRoot.querySelector('.sizer');
    // observe() asks for an update: ask after this one completes, not inside it.
    if (sizer) void this.updateComplete.then(() => this.width.observe(sizer));
  }

  /** Fetches `src` again now. */
  reload(): void {
    this.loader.reload();
  }

  /** Pure: the view model for good data under the settings in effect. */
  protected abstract buildView(data: T, settings: ResolvedSettings): V;

  /** Draws the view model (a directive such as `guard` may wrap the drawing). */
  protected abstract renderView(view: V): TemplateResult | DirectiveResult | typeof nothing;

  /** Whether a changed property of the subclass needs a new view model (default: none does). */
  protected viewInputsChanged(_changed: PropertyValues): boolean {
    return false;
  }

  // Runs after the controllers' hostUpdate, so the loader has taken any new data.
  protected override update(changed: PropertyValues): void {
    this.refreshView(changed);
    super.update(changed);
  }

  private refreshView(changed: PropertyValues): void {
    const value = this.loader.value;
    if (value === undefined) return;
    if (value !== this.viewOf.value || this.settings !== this.viewOf.settings || this.viewInputsChanged(changed)) {
      this.viewOf = { value, settings: this.settings };
      try {
        this.view = this.buildView(value, this.settings);
        this.buildFailure = undefined;
      } catch (error) {
        this.buildFailure = error instanceof Error ? error.message : String(error);
        this.dispatchEvent(
          new QuotaErrorEvent({ kind: 'render', message: this.buildFailure, issues: [], source: this.loader.source ?? 'data', stale: this.view !== undefined }),
        );
      }
    }
  }

  protected override render(): TemplateResult {
    let body: TemplateResult | DirectiveResult | typeof nothing = nothing;
    try {
      body = this.view === undefined ? this.renderEmpty() : this.renderView(this.view);
      this.drawFailure = undefined;
    } catch (error) {
      this.drawFailure = error instanceof Error ? error.message : String(error);
    }
    return html`<div class="sizer" aria-hidden="true"></div>${this.renderStatus()}${body}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A drawing failure is reported once, after the render that hit it (not from inside render()).
    if (this.drawFailure !== this.reportedDrawFailure) {
      this.reportedDrawFailure = this.drawFailure;
      if (this.drawFailure !== undefined) {
        this.dispatchEvent(new QuotaErrorEvent({ kind: 'render', message: this.drawFailure, issues: [], source: this.loader.source ?? 'data', stale: false }));
      }
    }
  }

  /** Before any good data: loading or empty. */
  protected renderEmpty(): TemplateResult | typeof nothing {
    if (this.loader.problem) return nothing;
    const s = coreStrings(this.settings.locale);
    return html`<p class="status-empty" part="empty" aria-busy=${this.loader.loading ? 'true' : 'false'}>
      ${this.loader.loading ? s.loading : s.noData}
    </p>`;
  }

  /**
   * The error (`part="error"`, `role="alert"`) and stale (`part="stale"`) notices, and a live region that
   * announces once that the data went stale.
   */
  protected renderStatus(): TemplateResult {
    const s = coreStrings(this.settings.locale);
    const f = this.formats();
    const problem = this.loader.problem;
    const titles = { invalid: s.dataProblem, parse: s.notJson, fetch: s.loadFailed };
    const issues = [
      ...(problem?.issues ?? []),
      ...(problem && problem.kind !== 'invalid' ? [{ path: problem.source === 'src' ? 'src' : problem.source, message: problem.message }] : []),
    ];
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    const failure = this.buildFailure ?? this.drawFailure;
    const error =
      problem || failure
        ? html`<div part="error" class="status-error" role="alert">
            <strong>${problem ? titles[problem.kind] : s.renderProblem}</strong>
            <ul>
              ${listed.map((i) => html`<li><code>${i.path}</code> ${i.message}</li>`)}
              ${issues.length > listed.length ? html`<li>${s.moreIssues(f.number(issues.length - listed.length))}</li>` : nothing}
              ${failure ? html`<li>${failure}</li>` : nothing}
            </ul>
          </div>`
        : nothing;
    const settingsError = this.settingsIssues.length
      ? html`<div part="error" class="status-error" role="alert">
          <strong>${s.settingsProblem}</strong>
          <ul>${this.settingsIssues.map((i) => html`<li><code>${i.path}</code> ${i.message}</li>`)}</ul>
        </div>`
      : nothing;
    const isStale = this.loader.stale && this.loader.receivedAt !== undefined;
    // The age below is rewritten as time passes, so it stays out of the live region: only going stale is announced.
    const stale = isStale
      ? html`<p part="stale" class="status-stale">
          <span>${s.stale(f.age(Date.now() - this.loader.receivedAt!))}</span>
          ${this.loader.source === 'src' ? html`<button type="button" @click=${() => this.reload()}>${s.retry}</button>` : nothing}
        </p>`
      : nothing;
    const announcement = html`<span class="visually-hidden status-announcement" role="status">${isStale ? s.staleNotice : nothing}</span>`;
    return html`${settingsError}${error}${announcement}${stale}`;
  }
}
