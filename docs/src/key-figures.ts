// The key figures at the top of a board (DOMAIN.md §8: "the key numbers
// first"). Every number comes from a @quota/domain function; this file only
// picks, words and formats them (Intl, through formatsFor).
import { html, type TemplateResult } from 'lit';
import {
  classifyTasks, collectHighlights, forecast, funnelMetrics, rankLeaderboard, rollupTargets, targetStatus, type SampleData,
} from '@quota/domain';
import { formatsFor } from '@quota/elements';
import { boardStrings } from './board-strings.js';

export type BoardKind = 'attainment' | 'funnel' | 'activity' | 'everything';
export type FigureId = keyof ReturnType<typeof boardStrings>['figure'];

/** How a figure stands; always said in words too (the note), never by colour alone. */
export type Tone = 'good' | 'warning' | 'critical' | 'neutral';

export interface KeyFigure {
  id: FigureId;
  label: string;
  value: string;
  note: string;
  tone: Tone;
}

const FIGURES: Record<BoardKind, FigureId[]> = {
  attainment: ['attainment', 'actual', 'forecast', 'gap', 'alerts'],
  funnel: ['winRate', 'bottleneck', 'lossReason', 'attainment'],
  activity: ['overdue', 'doFirst', 'visits', 'opportunities'],
  everything: ['attainment', 'forecast', 'gap', 'winRate', 'bottleneck', 'overdue', 'alerts'],
};

/** The figures a board shows first, computed from `sample` with the domain's functions. */
export function keyFigures(sample: SampleData, kind: BoardKind, locale: string): KeyFigure[] {
  const s = boardStrings(locale);
  const f = formatsFor(locale, sample.currency);
  const { gauge } = sample;
  const figure = (id: FigureId, value: string, note: string, tone: Tone = 'neutral'): KeyFigure => ({ id, label: s.figure[id], value, note, tone });

  const make: Record<FigureId, () => KeyFigure> = {
    attainment: () => {
      const st = targetStatus({ target: gauge.target, actual: gauge.actual, period: gauge.period, asOf: sample.asOf }, { locale });
      const behind = st.highlights.find((h) => h.code === 'behind-pace');
      const tier = st.tier ? s.tiers[st.tier.id as keyof typeof s.tiers] : s.none;
      return figure('attainment', f.percent(st.attainment, 1), s.note.pace(tier, f.percent(st.pace, 0)), behind ? (behind.severity === 'critical' ? 'critical' : 'warning') : 'good');
    },
    actual: () => figure('actual', f.amount(gauge.actual, true), s.note.ofTarget(f.amount(gauge.target, true))),
    forecast: () => {
      const best = forecast({ target: gauge.target, actual: gauge.actual, period: gauge.period!, asOf: sample.asOf, pipeline: gauge.pipeline, history: gauge.history }).best;
      const tone: Tone = best.attainment === null ? 'neutral' : best.attainment >= 1 ? 'good' : best.attainment >= 0.8 ? 'warning' : 'critical';
      return figure('forecast', f.amount(best.value, true), s.note.forecast(f.percent(best.attainment, 0)), tone);
    },
    gap: () => {
      const { gap } = targetStatus({ target: gauge.target, actual: gauge.actual });
      return figure('gap', f.amount(Math.abs(gap), true), gap > 0 ? s.note.toGo : s.note.over, gap > 0 ? 'neutral' : 'good');
    },
    alerts: () => {
      const found = collectHighlights(rollupTargets(sample.targetTree, { asOf: sample.asOf, locale })).filter((h) => h.highlight.severity !== 'info');
      const critical = found.filter((h) => h.highlight.severity === 'critical').length;
      return figure('alerts', f.number(found.length, 0), found.length ? s.note.alerts(f.number(critical, 0)) : s.note.noAlerts, critical ? 'critical' : found.length ? 'warning' : 'good');
    },
    winRate: () => figure('winRate', f.percent(funnelMetrics(sample.funnel).winRate, 1), s.note.winRate),
    bottleneck: () => {
      const m = funnelMetrics(sample.funnel);
      const b = m.bottleneck;
      if (!b) return figure('bottleneck', s.none, s.note.noBottleneck, 'good');
      const name = (id: string) => m.stages.find((st) => st.id === id)?.name ?? id;
      const note = b.benchmark === undefined ? s.note.lowest(f.percent(b.conversion, 0)) : s.note.bottleneck(f.percent(b.conversion, 0), f.percent(b.benchmark, 0));
      return figure('bottleneck', `${name(b.from)} → ${name(b.to)}`, note, b.benchmark === undefined ? 'neutral' : 'warning');
    },
    lossReason: () => {
      const top = funnelMetrics(sample.funnel).lossReasons[0];
      return top ? figure('lossReason', top.reason, s.note.lost(f.number(top.count, 0))) : figure('lossReason', s.none, '');
    },
    overdue: () => {
      const open = classifyTasks(sample.tasks).filter((t) => !t.done);
      const overdue = open.filter((t) => t.overdue).length;
      return figure('overdue', f.number(overdue, 0), s.note.overdue(f.number(open.length, 0)), overdue ? 'warning' : 'good');
    },
    doFirst: () => {
      const count = classifyTasks(sample.tasks).filter((t) => !t.done && t.quadrant === 'do').length;
      return figure('doFirst', f.number(count, 0), s.note.doFirst);
    },
    visits: () => kpiFigure('visits', 'weeklyVisits'),
    opportunities: () => kpiFigure('opportunities', 'monthlyOpportunities'),
  };

  function kpiFigure(id: 'visits' | 'opportunities', kpi: 'weeklyVisits' | 'monthlyOpportunities'): KeyFigure {
    const entries = rankLeaderboard(sample.leaderboard, { locale });
    const results = entries.map((e) => e.kpis.find((k) => k.id === kpi)).filter((k) => k !== undefined);
    const met = results.filter((k) => k.met).length;
    const share = results.length ? met / results.length : 1;
    return figure(id, f.number(met, 0), s.note.reps(f.number(results.length, 0)), share >= 0.8 ? 'good' : share >= 0.5 ? 'warning' : 'critical');
  }

  return FIGURES[kind].map((id) => make[id]());
}

/** The figures as a description list under a heading: label, big value, a note that says how it stands. */
export function renderKeyFigures(figures: KeyFigure[], heading: string): TemplateResult {
  return html`<section class="key-figures" aria-labelledby="key-figures-heading">
    <h2 id="key-figures-heading" class="visually-hidden">${heading}</h2>
    <dl>
      ${figures.map(
        (k) => html`<div class="figure tone-${k.tone}" data-figure=${k.id}>
          <dt>${k.label}</dt>
          <dd class="value">${k.value}</dd>
          <dd class="note">${k.note}</dd>
        </div>`,
      )}
    </dl>
  </section>`;
}
