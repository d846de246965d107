import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../core/style-props.js';
import type { Formats } from '../core/format.js';
import type { FunnelStrings } from './strings.js';
import { stageName, type FunnelView } from './view.js';

/** The key numbers above the stages: title, win rate, the bottleneck with its shortfall, what the shapes measure. */
export function renderSummary(v: FunnelView, s: FunnelStrings, f: Formats): TemplateResult {
  const m = v.metrics;
  const b = m.bottleneck;
  const name = (id: string) => stageName(m.stages.find((st) => st.id === id) ?? { id, name: id });
  let bottleneck: TemplateResult | typeof nothing = nothing;
  if (b) {
    const text =
      b.basis === 'benchmark'
        ? s.bottleneckBenchmark(name(b.from), name(b.to), f.percent(b.conversion), f.percent(b.benchmark!), f.number(b.shortfall! * 100, 1))
        : s.bottleneckLowest(name(b.from), name(b.to), f.percent(b.conversion));
    bottleneck = html`<p part="bottleneck" class="bottleneck ${b.basis}"><strong>⚠ ${s.bottleneck}:</strong> ${text}</p>`;
  } else if (m.spans.some((span) => span.meets !== null)) {
    bottleneck = html`<p part="no-bottleneck" class="no-bottleneck">${s.noBottleneck}</p>`;
  }
  return html`<div class="summary" part="summary">
    ${v.label ? html`<p class="title" part="title">${v.label}</p>` : nothing}
    ${v.winNames
      ? html`<p part="win-rate" class="win-rate">
          ${s.winRate} <strong>${f.percent(m.winRate)}</strong>
          <span class="basis">(${s.winBasis(v.winNames.won, v.winNames.from)})</span>
        </p>`
      : nothing}
    ${bottleneck}
    <p part="measure" class="measure">${v.measureFallback ? s.measureFallback : s.measure[v.measure]}</p>
  </div>`;
}

/** Loss reasons, ranked, each with its count, share, amount and a bar scaled to the largest. */
export function renderLoss(v: FunnelView, s: FunnelStrings, f: Formats): TemplateResult | typeof nothing {
  const reasons = v.metrics.lossReasons;
  if (!reasons.length) return nothing;
  const lost = v.metrics.totals.lostCount;
  return html`<div class="loss" part="loss-reasons">
    <p class="loss-title" id="loss-title"><strong>${s.lossReasons}</strong> · ${s.lost(f.number(lost, 0), lost)}</p>
    <ol role="list" aria-labelledby="loss-title">
      ${reasons.map(
        (r) => html`<li part="loss-reason" class="loss-reason">
          <span class="reason">${r.reason.trim() || '—'}</span>
          <span class="loss-figures">${s.lossShare(f.number(r.count, 0), f.percent(r.share))}${r.amount !== null ? html` · ${f.amount(r.amount, true)}` : nothing}</span>
          <span class="loss-track" aria-hidden="true"
            ><span part="loss-bar" class="loss-bar" ${styleProps({ '--_s': String(v.maxLoss > 0 ? r.count / v.maxLoss : 0) })}></span
          ></span>
        </li>`,
      )}
    </ol>
  </div>`;
}
