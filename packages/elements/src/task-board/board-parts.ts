import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Formats } from '../core/format.js';
import { taskCard, type CardContext } from './card.js';
import { headerKey } from './keys.js';
import type { MoveNotice } from './move-controller.js';
import type { TaskBoardStrings } from './strings.js';
import type { QuadrantView, TaskBoardView } from './view.js';

/** A quadrant's row header (a grid cell too): name, what it means, task count, sum of how much, done count. */
export function quadrantHeader(q: QuadrantView, s: TaskBoardStrings, f: Formats, active: string): TemplateResult {
  const key = headerKey(q.id);
  const t = q.total;
  return html`<div role="rowheader" class="quadrant-head" part="quadrant-header" data-key=${key} tabindex=${active === key ? 0 : -1}>
    <span class="q-name">${s.quadrants[q.id].name}</span>
    <span class="q-hint">${s.quadrants[q.id].hint}</span>
    <span class="q-stats">
      <span class="q-count">${t.count ? s.tasks(f.number(t.count), t.count) : s.noTasks}</span>
      ${t.count ? html`<span class="q-sum">${f.amount(t.howMuch)}</span>` : nothing}
      ${t.done ? html`<span class="q-done">${s.doneCount(f.number(t.done))}</span>` : nothing}
    </span>
  </div>`;
}

/** A quadrant: a grid row of its header and its cards, outlined while a moving task is over it. */
export function quadrantRow(q: QuadrantView, dropTarget: boolean, ctx: CardContext): TemplateResult {
  return html`<div role="row" part="quadrant quadrant-${q.id}${dropTarget ? ' drop-target' : ''}" class="quadrant q-${q.id} ${dropTarget ? 'drop-target' : ''}" data-quadrant=${q.id}>
      ${quadrantHeader(q, ctx.s, ctx.f, ctx.active)}
      <div class="cards">${repeat(q.tasks, (t) => t.id, (t) => taskCard(t, ctx))}</div>
    </div>`;
}

export interface FilterState {
  owner: string | undefined;
  target: string | undefined;
  hideDone: boolean;
  readOnly: boolean;
}

/** Owner and target selects, the done toggle and how many tasks show. Read-only boards show only the active filters, as text. */
export function filtersBar(v: TaskBoardView, state: FilterState, s: TaskBoardStrings, f: Formats, onChange: (event: Event) => void): TemplateResult {
  const showing = html`<span class="showing">${s.filters.showing(f.number(v.shown), f.number(v.all))}</span>`;
  const targetName = (id: string) => v.targets.find((t) => t.id === id)?.name ?? id;
  if (state.readOnly) {
    if (!state.owner && !state.target) return html``;
    return html`<p part="filters" class="filters">
      ${state.owner ? html`<span>${s.filters.owner}: ${state.owner}</span>` : nothing}
      ${state.target ? html`<span>${s.filters.target}: ${targetName(state.target)}</span>` : nothing} ${showing}
    </p>`;
  }
  const owners = state.owner && !v.owners.includes(state.owner) ? [...v.owners, state.owner] : v.owners;
  const targets = state.target && !v.targets.some((t) => t.id === state.target) ? [...v.targets, { id: state.target, name: state.target }] : v.targets;
  return html`<div part="filters" class="filters" role="group" aria-label=${s.filters.label} @change=${onChange}>
    <label>${s.filters.owner}
      <select data-filter="owner">
        <option value="" ?selected=${!state.owner}>${s.filters.all}</option>
        ${owners.map((o) => html`<option .value=${o} ?selected=${o === state.owner}>${o}</option>`)}
      </select>
    </label>
    <label>${s.filters.target}
      <select data-filter="target">
        <option value="" ?selected=${!state.target}>${s.filters.all}</option>
        ${targets.map((t) => html`<option .value=${t.id} ?selected=${t.id === state.target}>${t.name}</option>`)}
      </select>
    </label>
    <label class="check"><input type="checkbox" data-filter="hide-done" .checked=${state.hideDone} />${s.filters.hideDone}</label>
    ${showing}
  </div>`;
}

/**
 * Messages about refused, failed or overridden moves of tasks not on screen
 * (filtered out; the others show theirs on the card), each dismissable. Not
 * live regions: the announcer speaks them.
 */
export function noticeList(all: readonly MoveNotice[], shown: ReadonlySet<string>, s: TaskBoardStrings, onDismiss: (id: number) => void): TemplateResult | typeof nothing {
  const notices = all.filter((n) => !shown.has(n.taskId));
  if (!notices.length) return nothing;
  return html`<ul class="notices">
    ${notices.map(
      (n) => html`<li part="notice" class="notice">
        <span>${n.text}</span>
        <button type="button" class="dismiss" @click=${() => onDismiss(n.id)}>${s.dismiss}</button>
      </li>`,
    )}
  </ul>`;
}
