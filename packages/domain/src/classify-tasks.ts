import { dayNumber, today, type DateString } from './dates.js';
import type { Highlight } from './highlight.js';
import { highlightMessage } from './messages.js';
import { quadrantOf, type Quadrant } from './quadrants.js';
import type { Task, TaskBoardData } from './schemas/task-board.js';

/** Settings of `classifyTasks` (defaults in {@link DEFAULT_CLASSIFY_OPTIONS}). */
export interface ClassifyTasksOptions {
  /** The day to count from (default `data.asOf`, else today in the runtime's time zone). */
  asOf?: DateString | undefined;
  /** A task due within this many days of `asOf` (0 = today) is urgent unless flagged (DOMAIN.md §6: 3). */
  urgentWithinDays?: number | undefined;
  /** An overdue highlight turns `critical` when more than this many days late (7). */
  criticalAfterDays?: number | undefined;
  locale?: string | undefined;
}

/** Urgent when due within 3 days; overdue turns critical after 7 days; English sentences. */
export const DEFAULT_CLASSIFY_OPTIONS = Object.freeze({ urgentWithinDays: 3, criticalAfterDays: 7, locale: 'en-US' });

/** Where a task's urgency came from: its own flag, its due date, or nothing (not urgent). */
export type UrgencySource = 'flag' | 'due' | 'none';
/** Where a task's importance came from: its own flag, the target it serves, or nothing (not important). */
export type ImportanceSource = 'flag' | 'target' | 'none';

/** A task with its quadrant; `urgent`/`important` are the effective values (flag or derived). */
export interface ClassifiedTask extends Omit<Task, 'urgent' | 'important'> {
  quadrant: Quadrant;
  urgent: boolean;
  important: boolean;
  urgentSource: UrgencySource;
  importantSource: ImportanceSource;
  /** Due before `asOf` and not done. */
  overdue: boolean;
  /** Days from `asOf` to the due date (0 = due today, negative = past); `null` without a due date. */
  daysLeft: number | null;
  highlights: Highlight[];
}

/**
 * Sorts tasks into the four quadrants (四象限, DOMAIN.md §6), keeping their order.
 *
 * - Urgent: the task's `urgent` flag when set; else due within
 *   `urgentWithinDays` of `asOf` (daysLeft ≤ 3 by default, so due today and
 *   overdue count); else (no due date) not urgent.
 * - Important: the `important` flag when set; else serving a target (`targetId`).
 * - Overdue: due before `asOf` (due today is not overdue) and not done. A
 *   done task is never overdue and has no highlight, but keeps the quadrant
 *   its flags and due date give, so finishing a task does not move it.
 * - An overdue task gets an `overdue` highlight (value = days late):
 *   `warning`, `critical` when more than `criticalAfterDays` (7) late.
 *
 * Throws a `RangeError` for dates that are not `'YYYY-MM-DD'` or a negative
 * or non-finite `urgentWithinDays`/`criticalAfterDays`.
 */
export function classifyTasks(data: TaskBoardData, options: ClassifyTasksOptions = {}): ClassifiedTask[] {
  const within = options.urgentWithinDays ?? DEFAULT_CLASSIFY_OPTIONS.urgentWithinDays;
  const critical = options.criticalAfterDays ?? DEFAULT_CLASSIFY_OPTIONS.criticalAfterDays;
  const locale = options.locale ?? DEFAULT_CLASSIFY_OPTIONS.locale;
  if (!(within >= 0 && Number.isFinite(within))) throw new RangeError(`invalid urgentWithinDays ${String(within)}`);
  if (!(critical >= 0 && Number.isFinite(critical))) throw new RangeError(`invalid criticalAfterDays ${String(critical)}`);
  const now = dayNumber(options.asOf ?? data.asOf ?? today());
  return (data.tasks ?? []).map((task) => {
    const daysLeft = task.when === undefined ? null : dayNumber(task.when) - now;
    const urgentSource: UrgencySource = typeof task.urgent === 'boolean' ? 'flag' : daysLeft !== null ? 'due' : 'none';
    const urgent = typeof task.urgent === 'boolean' ? task.urgent : daysLeft !== null && daysLeft <= within;
    const importantSource: ImportanceSource =
      typeof task.important === 'boolean' ? 'flag' : task.targetId !== undefined ? 'target' : 'none';
    const important = typeof task.important === 'boolean' ? task.important : task.targetId !== undefined;
    const overdue = daysLeft !== null && daysLeft < 0 && task.done !== true;
    const highlights: Highlight[] = [];
    if (overdue) {
      const days = -daysLeft;
      highlights.push({
        code: 'overdue',
        severity: days > critical ? 'critical' : 'warning',
        subject: { kind: 'task', id: task.id, name: task.title },
        message: highlightMessage('overdue', { name: task.title, days }, locale),
        value: days,
        details: { due: task.when ?? null },
      });
    }
    const quadrant = quadrantOf(urgent, important);
    return { ...task, quadrant, urgent, important, urgentSource, importantSource, overdue, daysLeft, highlights };
  });
}
