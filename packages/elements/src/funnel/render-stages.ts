import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../core/style-props.js';
import type { FunnelSpan, FunnelStageMetrics } from '@quota/domain';
import type { Formats } from '../core/format.js';
import type { FunnelLayout } from './layout.js';
import type { FunnelStrings } from './strings.js';
import { stageName, type FunnelView } from './view.js';

/** What drawing the stages needs besides the view and its geometry. */
export interface StagesContext {
  view: FunnelView;
  layout: FunnelLayout;
  s: FunnelStrings;
  f: Formats;
  cumulative: boolean;
  selected: string | undefined;
  /** Roving tabindex of a stage's button. */
  tabIndex: (id: string) => 0 | -1;
}

/** The percentage points of a rate difference (0.12 → "12"). */
const points = (f: Formats, rate: number) => f.number(Math.abs(rate) * 100, 1);

function benchmarkText(c: StagesContext, span: FunnelSpan, i: number): TemplateResult {
  const { s, f, view } = c;
  const stages = view.metrics.stages;
  const prefix = span.fromIndex === i - 1 ? '' : `${s.span(stageName(stages[span.fromIndex]!), stageName(stages[span.toIndex]!), f.percent(span.conversion))} `;
  const rate = f.percent(span.benchmark);
  if (span.meets === null) return html`<span class="bench unknown">${prefix}${s.benchmarkUnknown(rate)}</span>`;
  return span.meets
    ? html`<span class="bench met">${prefix}${s.benchmarkMet(rate)}</span>`
    : html`<span class="bench missed">${prefix}${s.benchmarkMissed(points(f, span.shortfall!), rate)}</span>`;
}

/** A stage's figures: count, amount, conversion from the top (with `cumulative`) and dwell, in one template. */
function figures(c: StagesContext, stage: FunnelStageMetrics, i: number): TemplateResult {
  const { s, f, view } = c;
  return html`<div class="figures" id="fig-${i}"><span part="count" class="count">${s.deals(f.number(stage.count, 0), stage.count)}</span> ${
    stage.amount !== null ? html`<span part="amount" class="amount">${f.amount(stage.amount, true)}</span>` : nothing
  } ${c.cumulative && i > 0 ? html`<span part="cumulative" class="cumulative">${s.cumulative(f.percent(stage.cumulative), stageName(view.metrics.stages[0]!))}</span>` : nothing} ${
    stage.avgDays === null
      ? nothing
      : stage.stalled
        ? html`<span part="dwell dwell-stalled" class="dwell stalled">${s.stalled(f.days(stage.avgDays), f.days(stage.dwellBenchmark!))}</span>`
        : html`<span part="dwell" class="dwell">${s.dwell(f.days(stage.avgDays))}</span>`
  }</div>`;
}

/**
 * One stage: its neck and conversion (not the first stage), bracket cell, shape and labels. One template per stage
 * (the first stage has its own, without a neck), so a render instantiates as few templates as it can.
 */
function stageItem(c: StagesContext, stage: FunnelStageMetrics, i: number): TemplateResult {
  const { s, f, view } = c;
  const g = c.layout.stages[i]!;
  const selected = c.selected === stage.id;
  // A stage inside the bottleneck span is also `bottleneck`, like the summary's sentence: one part styles both.
  const parts = ['stage', stage.stalled ? 'stage-stalled' : '', selected ? 'stage-selected' : '', g.bracket ? 'stage-bottleneck bottleneck' : '']
    .filter(Boolean)
    .join(' ');
  const classes = `stage${stage.stalled ? ' stalled' : ''}${selected ? ' selected' : ''}`;
  const bar = `bar${stage.stalled ? ' stalled' : ''}${g.size > 0 ? '' : ' zero'}`;
  const mark = g.bracket ? html`<div class="mark b-${g.bracket}" part="bracket" aria-hidden="true"></div>` : nothing;
  const name = stageName(stage);
  const current = selected ? 'true' : nothing;
  if (i === 0) {
    return html`<li part=${parts} class=${classes} data-stage=${stage.id}> ${mark}<div class="shape" aria-hidden="true"><div part="shape" class=${bar} ${styleProps({ '--_s': String(g.size) })}></div></div><div class="label"><button type="button" part="label" class="name" data-key=${stage.id} tabindex=${c.tabIndex(stage.id)} aria-current=${current} aria-describedby="fig-0">${name}</button> ${figures(c, stage, i)}</div></li>`;
  }
  const neck = g.connector!;
  const b = view.bottleneckSpan;
  const previous = stageName(view.metrics.stages[i - 1]!);
  const inSpan = neck.bottleneck ? ' in-bottleneck' : '';
  return html`<li part=${parts} class=${classes} data-stage=${stage.id}>${
    neck.bottleneck ? html`<div class="cmark b-middle" part="bracket" aria-hidden="true"></div>` : nothing
  }<div class="neck${inSpan}" part=${neck.bottleneck ? 'connector connector-bottleneck' : 'connector'} ${styleProps({ '--_a': String(neck.from), '--_b': String(neck.to) })} aria-hidden="true"></div><div class="conv${inSpan}" part="conversion" id="conv-${i}"><span class="rate">${
    stage.conversion === null ? s.noConversion(previous) : s.conversion(f.percent(stage.conversion), previous)
  }</span> ${view.spansInto[i]!.map((span) => benchmarkText(c, span, i))} ${
    b !== null && b.toIndex === i ? html`<strong class="tag">⚠ ${s.bottleneck}</strong>` : nothing
  }</div> ${mark}<div class="shape" aria-hidden="true"><div part="shape" class=${bar} ${styleProps({ '--_s': String(g.size) })}></div></div><div class="label"><button type="button" part="label" class="name" data-key=${stage.id} tabindex=${c.tabIndex(stage.id)} aria-current=${current} aria-describedby="conv-${i} fig-${i}">${name}</button> ${figures(c, stage, i)}</div></li>`;
}

/** The labelled list of stages: per stage its neck and conversion, bracket cell, shape and labels. */
export function renderStages(c: StagesContext, label: string): TemplateResult {
  const g = c.layout;
  const n = c.view.metrics.stages.length;
  const columns =
    g.mode === 'columns'
      ? { 'grid-template-columns': `minmax(0, 1fr) repeat(${n - 1}, minmax(0, ${g.connectorRatio.toFixed(4)}fr) minmax(0, 1fr))` }
      : {};
  return html`<ol role="list" class="stages" part="stages" aria-label=${label} ${styleProps(columns)}>
    ${c.view.metrics.stages.map((stage, i) => stageItem(c, stage, i))}
  </ol>`;
}
