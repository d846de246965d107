import { html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_CLASSIFY_OPTIONS } from '@quota/domain';
import type { Formats } from '../core/format.js';
import { whenText } from './card.js';
import type { TaskBoardStrings } from './strings.js';
import type { TaskCard } from './view.js';

/** Why a task sits in its quadrant, in words: "urgent: due within 3 days; important: serves a target". */
export function reasonsText(t: TaskCard, s: TaskBoardStrings, f: Formats): string {
  if (t.move) return s.reasons.moved;
  const r = s.reasons;
  const urgent = t.urgentSource === 'flag' ? (t.urgent ? r.urgentFlag : r.notUrgent) : t.urgent ? r.urgentDue(f.days(DEFAULT_CLASSIFY_OPTIONS.urgentWithinDays)) : r.notUrgent;
  const important = t.importantSource === 'flag' ? (t.important ? r.importantFlag : r.notImportant) : t.important ? r.importantTarget : r.notImportant;
  return f.list([urgent, important]);
}

/**
 * The whole 5W2H plan of a task (what, why, who, when, where, how, how
 * much) in a native modal `<dialog>`: focus moves in, Escape or Close
 * leave, and the board puts focus back on the task.
 */
export function planDialog(t: TaskCard | undefined, s: TaskBoardStrings, f: Formats, onClose: () => void): TemplateResult {
  const rows: [string, string | undefined][] = t
    ? [
        [s.plan.what, t.what],
        [s.plan.why, t.why],
        [s.plan.who, t.who],
        [s.plan.when, t.when ? `${f.date(t.when)} · ${whenText(t, s, f)}` : s.noDue],
        [s.plan.where, t.where],
        [s.plan.how, t.how],
        [s.plan.howMuch, t.howMuch === undefined ? undefined : f.amount(t.howMuch)],
        [s.plan.resources, t.resources],
        [s.plan.target, t.targetName],
      ]
    : [];
  const state = t ? [t.move?.state === 'pending' ? s.pending : '', t.done === true ? s.done : ''].filter(Boolean) : [];
  return html`<dialog part="plan" class="plan" aria-labelledby="plan-title" @close=${onClose}>
    ${t
      ? html`<h2 id="plan-title" class="plan-title">${t.title}</h2>
          <p class="plan-quadrant">
            <strong>${s.plan.quadrant}:</strong> ${s.quadrants[t.quadrant].name} (${reasonsText(t, s, f)})${state.length ? html` · ${state.join(' · ')}` : nothing}
          </p>
          <dl>
            ${rows
              .filter(([, value]) => value !== undefined && value !== '')
              .map(([label, value]) => html`<div class="plan-row"><dt>${label}</dt><dd>${value}</dd></div>`)}
          </dl>
          <form method="dialog"><button class="plan-close" part="plan-close" autofocus>${s.plan.close}</button></form>`
      : nothing}
  </dialog>`;
}
