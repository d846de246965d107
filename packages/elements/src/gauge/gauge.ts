import { html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { GaugeDataSchema, type GaugeData } from '@quota/domain';
import { DataController } from '../core/data-controller.js';
import { QuotaDataElement } from '../core/data-element.js';
import type { ResolvedSettings } from '../core/settings.js';
import { QuotaElement } from '../core/quota-element.js';
import { gaugeStyles } from './gauge.styles.js';
import { gaugeStrings } from './strings.js';
import { gaugeViewOf, type GaugeView } from './view.js';

/** Below this width (px) the gauge switches to its compact number + bar form by itself. */
const COMPACT_BELOW = 200;

/**
 * Attainment against target as an arc with the four tier bands (80/100/120%),
 * the expected-pace marker for the as-of date and the forecast marker with
 * its range, each labelled. Over 100% is drawn truthfully: the scale runs
 * past 100% (to 150% or beyond). A `meter` for assistive technology, with
 * the true value in `aria-valuetext`. Compact (number + bar) on small tiles.
 *
 * @summary Attainment gauge with tiers, pace and forecast.
 * @csspart error - Notice listing what is wrong with the data (`role="alert"`).
 * @csspart stale - Notice that the data shown is old, with its age.
 * @csspart empty - Shown before any data arrives.
 * @csspart meter - The element with `role="meter"`.
 * @csspart track - The arc (or bar) background.
 * @csspart band - Each tier band (also `band-below`, `band-standard`, `band-exceeded`, `band-outstanding`).
 * @csspart value - The attainment arc (or bar).
 * @csspart pace - The expected-pace marker.
 * @csspart forecast - The forecast marker (and `forecast-range`, its range).
 * @csspart figure - The attainment figure in the centre.
 * @csspart legend - The text legend of pace and forecast.
 * @csspart highlight - Each highlight sentence (behind pace, below threshold).
 * @cssprop --gauge-max-width - Largest width of the gauge (default 480px).
 * @cssprop --gauge-track-color - Colour of the empty arc.
 * @cssprop --gauge-band-opacity - Opacity of the tier bands (default 0.28).
 * @fires quota-load - Good data arrived.
 * @fires quota-error - Data was bad or could not be loaded; the last good data stays, marked stale.
 */
@customElement('quota-gauge')
export class QuotaGauge extends QuotaDataElement<GaugeData, GaugeView> {
  static override styles = [...(QuotaElement.styles as never[]), gaugeStyles];

  /** Number + bar instead of the arc. Without it, the gauge goes compact by itself below 200px wide. */
  @property({ type: Boolean, reflect: true }) compact = false;

  protected readonly loader = new DataController(this, GaugeDataSchema);

  protected buildView(data: GaugeData, settings: ResolvedSettings): GaugeView {
    return gaugeViewOf(data, settings);
  }

  protected renderView(v: GaugeView) {
    const width = this.width.value ?? 0;
    const compact = this.compact || (width > 0 && width < COMPACT_BELOW);
    // Updates that change none of these (the size observer arming, a width that keeps the form, the stale ticker) redraw nothing.
    return guard([v, compact, this.settings], () => this.renderGauge(v, compact));
  }

  private renderGauge(v: GaugeView, compact: boolean) {
    const s = gaugeStrings(this.settings.locale);
    const f = this.formats(v.currency);
    const att = v.status.attainment;
    const tier = v.status.tier?.id;
    const figure = att === null ? '–' : f.percent(att, 0);
    const amount = v.target > 0 ? s.of(f.amount(v.actual, true), f.amount(v.target, true)) : s.noTarget;
    const valueText = s.valueText(
      [
        att === null ? s.noTarget : `${f.percent(att)} ${tier ? s.tiers[tier] : ''}`.trim(),
        // Without a target the first part already says so: give the actual amount alone.
        v.target > 0 ? amount : f.amount(v.actual, true),
        v.status.pace !== null ? `${s.pace} ${f.percent(v.status.pace, 0)}` : '',
        v.forecast ? `${s.forecast} ${f.amount(v.forecast.value, true)}${v.forecast.attainment !== null ? ` (${f.percent(v.forecast.attainment, 0)})` : ''}` : '',
        ...v.status.highlights.map((h) => h.message),
      ].filter(Boolean),
    );
    return html`<figure>
      <div
        part="meter"
        role="meter"
        aria-label=${v.label ?? s.attainment}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${Math.round(Math.min(1, Math.max(0, att ?? 0)) * 100)}
        aria-valuetext=${valueText}
      >
        ${compact ? this.renderBar(v, figure, tier) : this.renderArc(v, figure, tier)}
      </div>
      <figcaption>
        ${v.label ? html`<span class="label">${v.label}</span>` : nothing}
        <span class="amount">${amount}</span>
        ${this.renderLegend(v)}
        ${v.status.highlights.length
          ? html`<ul class="highlights">
              ${v.status.highlights.map((h) => html`<li part="highlight" class=${h.severity}>${h.message}</li>`)}
            </ul>`
          : nothing}
      </figcaption>
    </figure>`;
  }

  private renderArc(v: GaugeView, figure: string, tier: string | undefined) {
    const s = gaugeStrings(this.settings.locale);
    const f = this.formats(v.currency);
    const g = v.layout;
    return html`<svg viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true">
      <g transform="translate(${g.cx} ${g.cy})">
      <path part="track" class="track" d=${g.track}></path>
      ${g.bands.map((b) => (b.d ? svg`<path part="band band-${b.id}" class="band band-${b.id}" d=${b.d}></path>` : nothing))}
      ${g.forecastRange ? svg`<path part="forecast-range" class="range" d=${g.forecastRange}></path>` : nothing}
      ${g.value ? svg`<path part="value" class="value tier-${tier ?? 'none'}" d=${g.value}></path>` : nothing}
      </g>
      ${g.ticks.map((t) => svg`<text class="tick" x=${t.x} y=${t.y} text-anchor=${t.anchor} dominant-baseline="middle">${f.percent(t.value, 0)}</text>`)}
      ${g.markers.map(
        (m) => svg`<g part=${m.kind} class="marker ${m.kind}">
          <line x1=${m.x1} y1=${m.y1} x2=${m.x2} y2=${m.y2}></line>
          ${m.label ? svg`<text x=${m.label.x} y=${m.label.y} text-anchor=${m.label.anchor} dominant-baseline="middle">${m.kind === 'pace' ? s.paceShort : s.forecast}</text>` : nothing}
        </g>`,
      )}
      <text part="figure" class="figure" x=${g.cx} y=${g.cy - 4} text-anchor="middle">${figure}${g.overflow ? '↗' : ''}</text>
      ${tier ? svg`<text class="tier-name tier-${tier}" x=${g.cx} y=${g.cy + 18} text-anchor="middle">${s.tiers[tier]}</text>` : nothing}
    </svg>`;
  }

  private renderBar(v: GaugeView, figure: string, tier: string | undefined) {
    const s = gaugeStrings(this.settings.locale);
    const b = v.bar;
    return html`<div class="compact">
      <div class="top">
        <span part="figure" class="number">${figure}${b.overflow ? '↗' : ''}</span>
        ${tier ? html`<span class="tier-name tier-${tier}">${s.tiers[tier]}</span>` : nothing}
      </div>
      <svg viewBox="0 0 100 18" preserveAspectRatio="none" aria-hidden="true">
        <rect part="track" class="track" x="0" y="4" width="100" height="10"></rect>
        ${b.bands.map((band) => svg`<rect part="band band-${band.id}" class="band band-${band.id}" x=${band.x} y="4" width=${band.width} height="10"></rect>`)}
        ${b.range ? svg`<rect part="forecast-range" class="range" x=${b.range.x} y="1" width=${b.range.width} height="3"></rect>` : nothing}
        <rect part="value" class="value tier-${tier ?? 'none'}" x="0" y="6" width=${b.value} height="6"></rect>
        ${b.pace !== null ? svg`<g part="pace" class="marker pace"><line x1=${b.pace} x2=${b.pace} y1="0" y2="18" vector-effect="non-scaling-stroke"></line></g>` : nothing}
        ${b.forecast !== null ? svg`<g part="forecast" class="marker forecast"><line x1=${b.forecast} x2=${b.forecast} y1="0" y2="18" vector-effect="non-scaling-stroke"></line></g>` : nothing}
      </svg>
    </div>`;
  }

  private renderLegend(v: GaugeView) {
    if (v.status.pace === null && !v.forecast) return nothing;
    const s = gaugeStrings(this.settings.locale);
    const f = this.formats(v.currency);
    const fc = v.forecast;
    return html`<ul part="legend" class="legend">
      ${v.status.pace !== null
        ? html`<li class="pace">
            <svg class="glyph" viewBox="0 0 10 10" aria-hidden="true"><line x1="5" y1="0" x2="5" y2="10" stroke-width="3"></line></svg>
            ${s.pace} ${f.percent(v.status.pace, 0)}
          </li>`
        : nothing}
      ${fc
        ? html`<li class="forecast">
            <svg class="glyph" viewBox="0 0 10 10" aria-hidden="true"><line x1="5" y1="0" x2="5" y2="10" stroke-width="3" stroke-dasharray="3 2"></line></svg>
            ${s.forecast} ${f.amount(fc.value, true)}${fc.attainment !== null ? ` (${f.percent(fc.attainment, 0)})` : ''} ·
            ${s.methods[fc.method]}${fc.high > fc.low ? ` · ${s.range(f.amount(fc.low, true), f.amount(fc.high, true))}` : ''}
          </li>`
        : nothing}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quota-gauge': QuotaGauge;
  }
}
