import {
  classifyTasks, QUADRANTS, quadrantTotals, type ClassifiedTask, type Quadrant, type QuadrantTotal, type Severity, type TaskBoardData,
} from '@quota/domain';
import type { ResolvedSettings } from '../core/settings.js';
import { withMoves, type BoardMove, type MoveOverlay } from './moves.js';

/** A task as the board draws it: classified by the domain, with its target's name and any move under way. */
export interface TaskCard extends ClassifiedTask {
  targetName: string | undefined;
  /** Severity of the overdue highlight (critical after 7 days late), if overdue. */
  severity: Severity | undefined;
  /** The move the data does not show yet (pending or confirmed), if any. */
  move: BoardMove | undefined;
}

export interface QuadrantView {
  id: Quadrant;
  /** The tasks shown, sorted: open before done, then by due date, then by importance. */
  tasks: TaskCard[];
  total: QuadrantTotal;
}

export interface TaskBoardView {
  label: string | undefined;
  currency: string | undefined;
  asOf: string;
  quadrants: QuadrantView[];
  /** Every task (with moves applied), shown or filtered out, by id. */
  tasks: ReadonlyMap<string, TaskCard>;
  /** Distinct owners (`who`), sorted for the locale. */
  owners: string[];
  /** Targets tasks can serve: the data's list plus any id a task names that the list lacks. */
  targets: { id: string; name: string }[];
  /** Tasks in the data, and tasks shown after filters. */
  all: number;
  shown: number;
}

export interface TaskBoardViewOptions {
  overlay: MoveOverlay;
  /** Show only tasks with this `who`. */
  owner?: string | undefined;
  /** Show only tasks serving this target id. */
  target?: string | undefined;
  hideDone?: boolean;
}

/** The day the board counts from: the data's `asOf`, else the settings'. */
export const boardAsOf = (data: TaskBoardData, settings: ResolvedSettings): string => data.asOf ?? settings.asOf;

/**
 * The board's view model: tasks classified by the domain (`classifyTasks`)
 * after the pending and confirmed moves are applied on top of the data,
 * filtered, sorted inside each quadrant, with each quadrant's count and sum
 * of "how much" (`quadrantTotals`, over the tasks shown).
 */
export function taskBoardView(data: TaskBoardData, settings: ResolvedSettings, options: TaskBoardViewOptions): TaskBoardView {
  const asOf = boardAsOf(data, settings);
  const names = new Map((data.targets ?? []).map((t) => [t.id, t.name]));
  const classified = classifyTasks({ ...data, tasks: [...withMoves(data.tasks, options.overlay)] }, { asOf, locale: settings.locale });
  const cards = classified.map(
    (task): TaskCard => ({
      ...task,
      targetName: task.targetId === undefined ? undefined : (names.get(task.targetId) ?? task.targetId),
      severity: task.highlights.find((h) => h.code === 'overdue')?.severity,
      move: options.overlay.get(task.id),
    }),
  );
  const shown = cards.filter(
    (t) =>
      (!options.owner || t.who === options.owner) &&
      (!options.target || t.targetId === options.target) &&
      !(options.hideDone && t.done === true),
  );
  const totals = quadrantTotals(shown);
  const owners = [...new Set(cards.map((t) => t.who).filter((w): w is string => !!w))].sort(collatorFor(settings.locale).compare);
  const targets = [...(data.targets ?? [])];
  for (const t of cards) if (t.targetId !== undefined && !names.has(t.targetId) && !targets.some((x) => x.id === t.targetId)) targets.push({ id: t.targetId, name: t.targetId });
  return {
    label: data.label,
    currency: data.currency,
    asOf,
    quadrants: QUADRANTS.map((id) => ({ id, tasks: shown.filter((t) => t.quadrant === id).sort(compareTasks), total: totals[id] })),
    tasks: new Map(cards.map((t) => [t.id, t])),
    owners,
    targets,
    all: cards.length,
    shown: shown.length,
  };
}

const collators = new Map<string, Intl.Collator>();
const collatorFor = (locale: string): Intl.Collator => {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
};

/** How strongly a task is important: by hand and by serving a target count separately. */
const weight = (t: Pick<ClassifiedTask, 'important' | 'targetId'>) => (t.important ? 2 : 0) + (t.targetId === undefined ? 0 : 1);

/**
 * Order inside a quadrant: open tasks before done ones, then by due date
 * (earliest first, none last), then by importance (flag or target), then by
 * how much (largest first); ties keep the data's order.
 */
export function compareTasks(a: TaskCard, b: TaskCard): number {
  return (
    Number(a.done === true) - Number(b.done === true) ||
    (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) ||
    weight(b) - weight(a) ||
    (b.howMuch ?? 0) - (a.howMuch ?? 0)
  );
}

/** Each task's quadrant in `data` as it is (no moves applied): what the overlay is reconciled against. */
export function dataQuadrants(data: TaskBoardData, asOf: string): Map<string, Quadrant> {
  return new Map(classifyTasks(data, { asOf }).map((t) => [t.id, t.quadrant]));
}
