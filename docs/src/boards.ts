// The three boards of DOMAIN.md §8 (attainment, funnel health, activity) and
// "everything", as Lit templates: the key figures first, then the widgets in
// cards on a 12-column grid that falls to one column on narrow screens.
// Shared by the demo board (docs/index.html) and the whole-board stories, so
// designers and the demo see the same composition. Styles: boards.css.
// The caller wraps a board in one <quota-provider> (locale, theme, as-of).
import { html, nothing, type TemplateResult } from 'lit';
import type { SampleData } from '@quota/domain';
import '@quota/elements';
import { boardStrings } from './board-strings.js';
import { keyFigures, renderKeyFigures, type BoardKind } from './key-figures.js';

export type { BoardKind } from './key-figures.js';
export const BOARD_KINDS: BoardKind[] = ['attainment', 'funnel', 'activity', 'everything'];

type Widget = 'gauge' | 'gaugeCompact' | 'tree' | 'funnel' | 'leaderboard' | 'leaderboardKpis' | 'tasks';

/** Which widgets a board has and how many of the 12 columns each spans (wide screens). */
const LAYOUT: Record<BoardKind, [Widget, number][]> = {
  attainment: [['gauge', 4], ['tree', 8], ['leaderboard', 12]],
  funnel: [['funnel', 8], ['gaugeCompact', 4]],
  activity: [['tasks', 12], ['leaderboardKpis', 12]],
  everything: [['gauge', 4], ['tree', 8], ['funnel', 6], ['leaderboard', 6], ['tasks', 12]],
};

export interface BoardOptions {
  kind: BoardKind;
  sample: SampleData;
  locale: string;
  /** Show the board's title and note (the stories do; the demo has its own header). */
  heading?: boolean;
}

/** A whole board: heading, key figures, then the widgets on `sample`. */
export function renderBoard({ kind, sample, locale, heading = true }: BoardOptions): TemplateResult {
  const s = boardStrings(locale);
  const title = kind === 'everything' ? s.title : s.boards[kind];
  return html`<div class="board board-${kind}">
    ${heading
      ? html`<header class="board-header">
          <h1>${title}</h1>
          <p>${s.boardNotes[kind]}</p>
        </header>`
      : nothing}
    ${renderKeyFigures(keyFigures(sample, kind, locale), s.keyFigures)}
    <div class="board-grid">${LAYOUT[kind].map(([widget, span]) => card(kind, widget, span, sample, locale))}</div>
  </div>`;
}

function card(kind: BoardKind, widget: Widget, span: number, sample: SampleData, locale: string): TemplateResult {
  const s = boardStrings(locale);
  const id = `${kind}-${widget}-title`;
  const title = s.widgets[widget === 'gaugeCompact' ? 'gauge' : widget === 'leaderboardKpis' ? 'leaderboard' : widget];
  return html`<section class="card span-${span} card-${widget.replace('Kpis', '').replace('Compact', '')}" aria-labelledby=${id}>
    <h2 id=${id}>${title}</h2>
    ${element(widget, sample)}
  </section>`;
}

function element(widget: Widget, sample: SampleData): TemplateResult {
  switch (widget) {
    case 'gauge':
      return html`<quota-gauge .data=${sample.gauge}></quota-gauge>`;
    case 'gaugeCompact':
      return html`<quota-gauge compact .data=${sample.gauge}></quota-gauge>`;
    case 'tree':
      return html`<quota-target-tree .data=${sample.targetTree}></quota-target-tree>`;
    case 'funnel':
      return html`<quota-funnel .data=${sample.funnel}></quota-funnel>`;
    // A long ranking scrolls inside its card (rows keep sliding to their new
    // places on updates); the activity board adds the process KPI columns.
    case 'leaderboard':
      return html`<div class="scroll"><quota-leaderboard .data=${sample.leaderboard}></quota-leaderboard></div>`;
    case 'leaderboardKpis':
      return html`<div class="scroll"><quota-leaderboard kpis .data=${sample.leaderboard}></quota-leaderboard></div>`;
    case 'tasks':
      return html`<quota-task-board .data=${sample.tasks}></quota-task-board>`;
  }
}
