import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Highlight, RolledNode, TierId } from '@quota/domain';
import type { Formats } from '../core/format.js';
import type { TargetTreeStrings } from './strings.js';

/** What every cell template needs: formats and strings of the locale in effect. */
export interface CellContext {
  f: Formats;
  s: TargetTreeStrings;
}

/** A shape per tier, so the tier never rests on colour alone. */
export const TIER_GLYPH: Record<TierId, string> = { below: '▽', standard: '○', exceeded: '△', outstanding: '★' };
const SEVERITY_GLYPH = { critical: '‼', warning: '⚠', info: 'ℹ' } as const;
/** The bar's scale runs to 150% of target; more is drawn full with an arrow. */
const BAR_MAX = 1.5;

/** A figure with its label: the label is visible when columns have no header, read aloud always. */
export function figure(c: CellContext, kind: 'target' | 'actual' | 'gap' | 'forecast', value: number | null): TemplateResult {
  const { f, s } = c;
  const text = value === null ? '–' : kind === 'gap' && value < 0 ? s.overTarget(f.amount(-value, true)) : f.amount(value, true);
  return html`<span class="cell ${kind}"><span class="lbl">${s[kind]}</span> <span class="num">${text}</span></span>`;
}

/** Attainment: bar with the pace tick, percent, and the tier as shape + words. */
export function attainmentCell(c: CellContext, n: RolledNode, bar = true): TemplateResult {
  const { f, s } = c;
  if (n.attainment === null) {
    return html`<span part="attainment" class="cell att none"><span class="lbl">${s.attainment}</span> <span class="tier">${s.noTarget}</span></span>`;
  }
  const tier = n.tier?.id;
  const v = Math.min(n.attainment, BAR_MAX) / BAR_MAX;
  return html`<span part="attainment" class="cell att ${tier ? `tier-${tier}` : ''}">
    <span class="lbl">${s.attainment}</span>
    ${bar
      ? html`<span class="bar" aria-hidden="true"><span class="fill" style=${styleMap({ '--v': String(v) })}></span>${n.pace === null
          ? nothing
          : html`<span class="tick" style=${styleMap({ '--p': String(Math.min(n.pace, BAR_MAX) / BAR_MAX) })}></span>`}</span>`
      : nothing}
    <span class="pct">${f.percent(n.attainment, 1)}${n.attainment > BAR_MAX && bar ? '↗' : ''}</span>
    ${tier ? html`<span part="tier" class="tier"><span aria-hidden="true">${TIER_GLYPH[tier]}</span> ${s.tiers[tier]}</span>` : nothing}
  </span>`;
}

/** Pace status in words and a shape: behind (with severity) or on pace, with the expected share. */
export function paceCell(c: CellContext, n: RolledNode): TemplateResult | typeof nothing {
  if (n.pace === null) return nothing;
  const { f, s } = c;
  const behind = n.highlights.find((h) => h.code === 'behind-pace');
  const expected = f.percent(n.pace, 0);
  return behind
    ? html`<span part="pace" class="cell pace behind ${behind.severity}" title=${behind.message}><span aria-hidden="true">${SEVERITY_GLYPH[behind.severity]}</span> ${s.behindPace(expected)}</span>`
    : html`<span part="pace" class="cell pace on"><span aria-hidden="true">✓</span> ${s.onPace(expected)}</span>`;
}

/** Short text of a highlight, with its figures where it has them (mismatch amount, threshold). */
export function highlightText(c: CellContext, h: Highlight): string {
  const { f, s } = c;
  const d = h.details ?? {};
  if (h.code === 'target-mismatch') {
    const amount = f.amount(typeof d.amount === 'number' ? d.amount : Math.abs((h.value ?? 0) - (h.expected ?? 0)), true);
    return d.direction === 'under' ? s.underAllocated(amount) : s.overAllocated(amount);
  }
  if (h.code === 'below-threshold') return s.belowLine(d.measure === 'forecast', f.percent(h.expected ?? 0.8, 0));
  return s.short[h.code] ?? h.message;
}

/** The node's highlights as badges (behind-pace is in the pace cell); the full sentence is the badge's title. */
export function highlightBadges(c: CellContext, n: RolledNode): TemplateResult | typeof nothing {
  const list = n.highlights.filter((h) => h.code !== 'behind-pace');
  if (!list.length) return nothing;
  return html`<span class="cell flags"><span class="lbl">${c.s.highlights}</span> ${list.map(
    (h) => html`<span part="highlight highlight-${h.code}" class="hl ${h.severity}" title=${h.message}><span aria-hidden="true">${
      h.code === 'target-mismatch' ? (h.details?.direction === 'under' ? '⇣' : '⇡') : SEVERITY_GLYPH[h.severity]
    }</span> ${highlightText(c, h)}</span>`,
  )}</span>`;
}
