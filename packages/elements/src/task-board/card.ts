import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { QUADRANTS } from '@quota/domain';
import type { Formats } from '../core/format.js';
import { alertIcon, checkIcon, clockIcon, costIcon, gripIcon, pendingIcon, personIcon, targetIcon } from './icons.js';
import type { MoveNotice } from './move-controller.js';
import type { TaskBoardStrings } from './strings.js';
import type { TaskCard } from './view.js';

/** What a card needs from the board besides its task. */
export interface CardContext {
  s: TaskBoardStrings;
  f: Formats;
  readOnly: boolean;
  /** The key in the tab order (roving tabindex). */
  active: string;
  /** Picked up with the keyboard, or dragged with a pointer. */
  grabbed: string | undefined;
  dragging: string | undefined;
  /** The task whose "Move to…" menu is open. */
  menuFor: string | undefined;
  /** A message about a refused, failed or overridden move of this task. */
  notice(taskId: string): MoveNotice | undefined;
}

/** When a task is due, in words: "Due tomorrow" / "明天到期", "2 days overdue" / "逾期 2天", "No due date". */
export function whenText(t: Pick<TaskCard, 'daysLeft' | 'overdue'>, s: TaskBoardStrings, f: Formats): string {
  if (t.daysLeft === null) return s.noDue;
  if (t.overdue) return s.overdue(f.days(-t.daysLeft));
  return s.due(f.relativeDays(t.daysLeft));
}

/** The space-separated `part` names of a card. */
export function cardParts(t: TaskCard, grabbed: boolean): string {
  const parts = ['task'];
  if (t.overdue) parts.push('task-overdue');
  if (t.move?.state === 'pending') parts.push('task-pending');
  if (t.done === true) parts.push('task-done');
  if (grabbed) parts.push('task-grabbed');
  return parts.join(' ');
}

/** A task card: one grid cell with the title (opens the plan), who, when, target, cost and state. */
export function taskCard(t: TaskCard, c: CardContext): TemplateResult {
  const { s, f } = c;
  const pending = t.move?.state === 'pending';
  const grabbed = c.grabbed === t.id;
  const menuOpen = c.menuFor === t.id && !c.readOnly;
  const notice = c.notice(t.id);
  const classes = {
    task: true, overdue: t.overdue, critical: t.severity === 'critical', pending, done: t.done === true,
    grabbed, dragging: c.dragging === t.id,
  };
  return html`<div role="gridcell" part=${cardParts(t, grabbed)} class=${classMap(classes)} data-key=${t.id} tabindex=${c.active === t.id ? 0 : -1}>
    <div class="task-head">
      ${c.readOnly ? nothing : html`<span class="grip" part="grip">${gripIcon}</span>`}
      <button type="button" class="title" part="task-title" tabindex="-1" data-action="plan" aria-haspopup="dialog">${t.title}</button>
      ${c.readOnly
        ? nothing
        : html`<button type="button" class="move" part="move-button" tabindex="-1" data-action="menu" data-no-drag
            aria-haspopup="menu" aria-expanded=${menuOpen ? 'true' : 'false'} aria-controls=${menuOpen ? 'move-menu' : nothing}
            aria-disabled=${pending ? 'true' : nothing}>${s.moveTo}<span class="visually-hidden"> ${t.title}</span></button>`}
    </div>
    <ul class="meta">
      <li class="when">${t.overdue ? alertIcon : clockIcon}<span class="visually-hidden">${s.plan.when}: </span>${whenText(t, s, f)}</li>
      ${t.who ? html`<li class="who">${personIcon}<span class="visually-hidden">${s.plan.who}: </span>${t.who}</li>` : nothing}
      ${t.targetName !== undefined ? html`<li class="target">${targetIcon}<span class="visually-hidden">${s.plan.target}: </span>${t.targetName}</li>` : nothing}
      ${t.howMuch ? html`<li class="cost">${costIcon}<span class="visually-hidden">${s.plan.howMuch}: </span>${f.amount(t.howMuch)}</li>` : nothing}
    </ul>
    ${pending || t.done === true
      ? html`<p class="state" part="task-state">${pending ? html`${pendingIcon}${s.pending}` : html`${checkIcon}${s.done}`}</p>`
      : nothing}
    ${notice ? cardNotice(notice, s) : nothing}
    ${menuOpen ? moveMenu(t, s) : nothing}
  </div>`;
}

/** Why the task is not where it was put, on the card itself (where the eyes are); Escape on the card dismisses it too. */
function cardNotice(n: MoveNotice, s: TaskBoardStrings): TemplateResult {
  return html`<p part="notice" class="notice card-notice">
    <span>${n.text}</span>
    <button type="button" class="dismiss" tabindex="-1" data-action="dismiss" data-notice=${n.id} data-no-drag>${s.dismiss}</button>
  </p>`;
}

/** The non-drag way to move (WCAG 2.5.7): a menu of the other three quadrants. */
function moveMenu(t: TaskCard, s: TaskBoardStrings): TemplateResult {
  return html`<div role="menu" tabindex="-1" id="move-menu" class="menu" part="move-menu" aria-label=${s.moveMenu(t.title)} data-no-drag>
    ${QUADRANTS.filter((q) => q !== t.quadrant).map(
      (q) => html`<button type="button" role="menuitem" tabindex="-1" data-action="move" data-to=${q}>
        <span class="menu-name">${s.quadrants[q].name}</span> <span class="menu-hint">${s.quadrants[q].hint}</span>
      </button>`,
    )}
  </div>`;
}
