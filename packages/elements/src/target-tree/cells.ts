import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../core/style-props.js';
import type { Highlight, RolledNode } from '@quota/domain';
import type { Formats } from '../core/format.js';
import type { TargetTreeStrings } from './strings.js';

/** What every cell template needs: formats and strings of the locale in effect. */
export interface CellContext {
  f: Formats;
  s: TargetTreeStrings;
}

/** The bar's scale runs to 150% of target; more is drawn full with an arrow. */
const BAR_MAX = 1.5;

/*
 * Rows stay light (a virtualised list redraws them as it scrolls): shapes such
 * as the tier's ▽ ○ △ ★, the pace's ✓ ‼ ⚠ and the mismatch's ⇡ ⇣ are CSS
 * generated content with empty alternative text (marks.styles.ts),
 * keyed by the classes set here; the words beside them carry the meaning.
 */

/** A figure with its label: the label is visible when columns have no header, read aloud always. */
export function figure(c: CellContext, kind: 'target' | 'actual' | 'gap' | 'forecast', value: number | null): TemplateResult {
  const { f, s } = c;
  const text = value === null ? '–' : kind === 'gap' && value < 0 ? s.overTarget(f.amount(-value, true)) : f.amount(value, true);
  return html`<span class="cell ${kind}"><span class="lbl">${s[kind]} </span>${text}</span>`;
}

/** Attainment: bar with the pace tick, percent, and the tier as shape + words. */
export function attainmentCell(c: CellContext, n: RolledNode, bar = true): TemplateResult {
  const { f, s } = c;
  if (n.attainment === null) {
    return html`<span part="attainment" class="cell att none"><span class="lbl">${s.attainment} </span>${s.noTarget}</span>`;
  }
  const tier = n.tier?.id;
  const scale = (x: number) => String(Math.min(x, BAR_MAX) / BAR_MAX);
  return html`<span part="attainment" class="cell att ${tier ? `tier-${tier}` : ''}"><span class="lbl">${s.attainment} </span>${bar
      ? html`<span class="bar ${n.pace === null ? '' : 'paced'}" ${styleProps({ '--v': scale(n.attainment), '--p': n.pace === null ? '0' : scale(n.pace) })}></span>`
      : nothing}<b class="pct">${f.percent(n.attainment, 1)}${n.attainment > BAR_MAX && bar ? '↗' : ''}</b>${tier
      ? html`<span part="tier" class="tier"> ${s.tiers[tier]}</span>`
      : nothing}</span>`;
}

/** The pace status in words (behind or on pace, with the expected share), or null when the node has no pace. */
export function paceText(c: CellContext, n: RolledNode): string | null {
  if (n.pace === null) return null;
  const expected = c.f.percent(n.pace, 0);
  return n.highlights.some((h) => h.code === 'behind-pace') ? c.s.behindPace(expected) : c.s.onPace(expected);
}

/** Pace status in words and a shape: behind (with severity) or on pace, with the expected share. */
export function paceCell(c: CellContext, n: RolledNode): TemplateResult | typeof nothing {
  const text = paceText(c, n);
  if (text === null) return nothing;
  const behind = n.highlights.find((h) => h.code === 'behind-pace');
  return behind
    ? html`<span part="pace" class="cell pace behind ${behind.severity}" title=${behind.message}>${text}</span>`
    : html`<span part="pace" class="cell pace on">${text}</span>`;
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

/**
 * The node's highlights as badges (behind-pace is in the pace cell); the full
 * sentence is the badge's title. `below` > 0 adds "n below need attention"
 * (for a closed node).
 */
export function highlightBadges(c: CellContext, n: RolledNode, below = 0): TemplateResult | typeof nothing {
  const list = n.highlights.filter((h) => h.code !== 'behind-pace');
  if (!list.length && !below) return nothing;
  return html`<span class="cell flags"><span class="lbl">${c.s.highlights} </span>${list.map(
    (h) =>
      html`<span part="highlight highlight-${h.code}" class="hl ${h.severity} ${h.code === 'target-mismatch' ? String(h.details?.direction ?? 'over') : ''}"
        title=${h.message}>${highlightText(c, h)}</span>`,
  )}${below ? html`<span part="below" class="below">${c.s.below(c.f.number(below))}</span>` : nothing}</span>`;
}
