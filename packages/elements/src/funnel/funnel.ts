import { html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { styleProps } from '../core/style-props.js';
import { FunnelDataSchema, type FunnelData } from '@quota/domain';
import { DataController } from '../core/data-controller.js';
import { QuotaDataElement } from '../core/data-element.js';
import { QuotaElement } from '../core/quota-element.js';
import { RovingFocusController } from '../core/roving-focus.js';
import type { ResolvedSettings } from '../core/settings.js';
import { QuotaSelectEvent } from '../events/quota-select.js';
import { arrangementStyles } from './arrangements.styles.js';
import { forcedColorStyles } from './forced-colors.styles.js';
import { funnelStyles } from './funnel.styles.js';
import { lossStyles } from './loss.styles.js';
import { shapeStyles } from './shapes.styles.js';
import { stageStyles } from './stages.styles.js';
import { FUNNEL_LAYOUT_DEFAULTS, funnelLayout, type FunnelLayout } from './layout.js';
import { renderLoss, renderSummary } from './render-side.js';
import { renderStages } from './render-stages.js';
import { funnelStrings } from './strings.js';
import { funnelView, type FunnelView } from './view.js';

/**
 * The sales funnel (销售漏斗): a stage per data row, top first, each with its
 * count, amount, conversion from the previous stage (and, on demand, from
 * the top), average dwell days, and benchmark checks. The bottleneck span is
 * bracketed and named with its shortfall against the benchmark; stalled
 * stages are hatched and say so; win rate and ranked loss reasons sit
 * beside or below. Labels never overlap: when space is short the funnel
 * becomes stacked bars (one column when narrower still), and a horizontal
 * funnel that does not fit is drawn vertically; figures never break
 * mid-number. A labelled list of stage buttons for assistive technology,
 * with one Tab stop (roving tabindex) and arrow keys between stages.
 *
 * @summary Sales funnel with conversions, bottleneck, dwell, win rate and loss reasons.
 * @csspart error - Notice listing what is wrong with the data (`role="alert"`).
 * @csspart stale - Notice that the data shown is old, with its age.
 * @csspart empty - Shown before any data arrives.
 * @csspart summary - The key numbers above the stages.
 * @csspart title - The funnel's label.
 * @csspart win-rate - Win rate, with the stages it divides.
 * @csspart bottleneck - The bottleneck: the summary's sentence (span, conversion, benchmark, shortfall) and each stage inside the span (those also `stage stage-bottleneck`).
 * @csspart no-bottleneck - Said instead when every benchmark is met.
 * @csspart measure - What the shapes' sizes show (counts or amounts).
 * @csspart stages - The list of stages.
 * @csspart stage - Each stage (also `stage-stalled`, `stage-selected`, `stage-bottleneck` for stages inside the bottleneck span).
 * @csspart shape - Each stage's bar.
 * @csspart connector - The neck between two stages (also `connector-bottleneck` inside the bottleneck span).
 * @csspart bracket - The cells of the bracket along the bottleneck span.
 * @csspart label - Each stage's name (a button).
 * @csspart conversion - Conversion from the previous stage, with benchmark checks.
 * @csspart count - A stage's count.
 * @csspart amount - A stage's amount.
 * @csspart cumulative - Conversion from the top (with `cumulative`).
 * @csspart dwell - Average dwell days (also `dwell-stalled` above the stage's dwell benchmark).
 * @csspart loss-reasons - The ranked loss reasons.
 * @csspart loss-reason - Each loss reason.
 * @csspart loss-bar - Each loss reason's bar.
 * @cssprop --funnel-stage-color - Fill of the stage bars (default: the accent token).
 * @cssprop --funnel-connector-opacity - Opacity of the necks between stages (default 0.3).
 * @cssprop --funnel-bottleneck-color - Colour of the bottleneck bracket and necks (default: the critical token).
 * @cssprop --funnel-max-width - Largest width of the whole widget (default none).
 * @fires quota-select - A stage was picked (click, Enter or Space): `detail { widget: 'funnel', id }`.
 * @fires quota-load - Good data arrived.
 * @fires quota-error - Data was bad or could not be loaded; the last good data stays, marked stale.
 */
@customElement('quota-funnel')
export class QuotaFunnel extends QuotaDataElement<FunnelData, FunnelView> {
  static override styles = [
    ...(QuotaElement.styles as never[]),
    funnelStyles,
    stageStyles,
    shapeStyles,
    arrangementStyles,
    lossStyles,
    forcedColorStyles,
  ];

  /** What the shapes' sizes show: `count` (default) or `amount` (counts when a stage has no amount). */
  @property({ reflect: true }) measure: 'count' | 'amount' = 'count';

  /** `vertical` (default, top to bottom) or `horizontal` (left to right; drawn vertically when too narrow for its labels). */
  @property({ reflect: true }) orientation: 'vertical' | 'horizontal' = 'vertical';

  /** Also label each stage with its conversion from the top stage. */
  @property({ type: Boolean, reflect: true }) cumulative = false;

  /** Id of the selected stage (marked, `aria-current`); set by a click or Enter/Space, or by the host. */
  @property({ reflect: true }) selected?: string;

  protected readonly loader = new DataController(this, FunnelDataSchema);
  private readonly roving = new RovingFocusController(this);
  /** Px per em of the host, read after each resize or settings change (themes change the font size). */
  private em: number = FUNNEL_LAYOUT_DEFAULTS.em;
  private emOf: { width: number | undefined; settings: ResolvedSettings | undefined } = { width: undefined, settings: undefined };
  private layoutOf: { view: FunnelView; width: number | undefined; em: number; orientation: string; layout: FunnelLayout } | undefined;
  /** The last drawing and what it was drawn from: renders that change none of it (e.g. the resize observer's first call) reuse it. */
  private drawn: { inputs: unknown[]; result: TemplateResult } | undefined;

  protected buildView(data: FunnelData, settings: ResolvedSettings): FunnelView {
    return funnelView(data, settings, this.measure === 'amount' ? 'amount' : 'count');
  }

  protected override viewInputsChanged(changed: PropertyValues): boolean {
    return changed.has('measure');
  }

  /** The geometry for the view at the current width, remembered until the view, width, font size or orientation change. */
  private layoutFor(view: FunnelView): FunnelLayout {
    const width = this.width.value || undefined;
    const orientation = this.orientation === 'horizontal' ? 'horizontal' : 'vertical';
    const memo = this.layoutOf;
    if (memo && memo.view === view && memo.width === width && memo.em === this.em && memo.orientation === orientation) return memo.layout;
    const layout = funnelLayout({
      values: view.values,
      width,
      em: this.em,
      orientation,
      bottleneck: view.bottleneckSpan,
      lossReasons: view.metrics.lossReasons.length,
    });
    this.layoutOf = { view, width, em: this.em, orientation, layout };
    return layout;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const width = this.width.value;
    // Read the font size once the widget has a width, and again when it or the settings (theme) change.
    if (width && (width !== this.emOf.width || this.settings !== this.emOf.settings)) {
      this.emOf = { width, settings: this.settings };
      const em = Number.parseFloat(getComputedStyle(this).fontSize);
      if (em > 0 && Math.abs(em - this.em) > 0.25) {
        this.em = em;
        this.requestUpdate();
      }
    }
  }

  protected renderView(v: FunnelView): TemplateResult {
    const g = this.layoutFor(v);
    const inputs = [v, g, this.settings, this.cumulative, this.selected, this.roving.activeKey];
    if (this.drawn && inputs.every((x, i) => x === this.drawn!.inputs[i])) return this.drawn.result;
    const s = funnelStrings(this.settings.locale);
    const f = this.formats(v.currency);
    // The stage in the tab order: the last one focused, while it still exists; else the first.
    const active = v.metrics.stages.some((st) => st.id === this.roving.activeKey) ? this.roving.activeKey : v.metrics.stages[0]?.id;
    const vars = {
      '--_mark': `${g.markSize}px`,
      '--_shape': `${g.shapeSize}px`,
      '--_aside': `${g.asideWidth}px`,
      '--_stage-min': `${g.stageMinHeight}px`,
      '--_gap': `${g.gap}px`,
    };
    const classes = `funnel mode-${g.mode} loss-${g.loss}${g.bracketColumn ? '' : ' one-column'}${g.wholeFigures ? ' whole-figures' : ''}`;
    const result = html`<div class=${classes} lang=${this.settings.locale} ${styleProps(vars)}>
      ${renderSummary(v, s, f)}
      <div class="main" @click=${this.onClick} @keydown=${this.onKeydown}>
        ${renderStages(
          {
            view: v,
            layout: g,
            s,
            f,
            cumulative: this.cumulative,
            selected: this.selected,
            tabIndex: (id) => (id === active ? 0 : -1),
          },
          s.stages(v.label || s.funnel),
        )}
      </div>
      ${renderLoss(v, s, f)}
    </div>`;
    this.drawn = { inputs, result };
    return result;
  }

  private stageIds(): string[] {
    return this.view?.metrics.stages.map((st) => st.id) ?? [];
  }

  private onClick = (event: MouseEvent): void => {
    const item = (event.target as Element).closest<HTMLElement>('li[data-stage]');
    const id = item?.dataset.stage;
    if (id === undefined) return;
    this.roving.focus(id);
    this.select(id);
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const key = (event.target as Element).closest<HTMLElement>('[data-key]')?.dataset.key;
    if (key === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const ids = this.stageIds();
    const at = ids.indexOf(key);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      ArrowRight: rtl ? at - 1 : at + 1,
      ArrowLeft: rtl ? at + 1 : at - 1,
      Home: 0,
      End: ids.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.roving.focus(ids[Math.min(ids.length - 1, Math.max(0, next))]!);
  };

  private select(id: string): void {
    this.selected = id;
    this.dispatchEvent(new QuotaSelectEvent({ widget: 'funnel', id }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quota-funnel': QuotaFunnel;
  }
}
