import type { ClassifiedTask } from './classify-tasks.js';
import { QUADRANTS, type Quadrant } from './quadrants.js';

/** What a quadrant holds: its task count, the sum of their `howMuch`, and how many are done or overdue. */
export interface QuadrantTotal {
  count: number;
  howMuch: number;
  done: number;
  overdue: number;
}

/**
 * Per quadrant (四象限, DOMAIN.md §6), the number of tasks and the sum of
 * their 5W2H "how much" (a task without one counts 0), with how many of
 * them are done and overdue. Every quadrant is present, empty ones as zeros.
 */
export function quadrantTotals(tasks: readonly Pick<ClassifiedTask, 'quadrant' | 'howMuch' | 'done' | 'overdue'>[]): Record<Quadrant, QuadrantTotal> {
  const totals = Object.fromEntries(QUADRANTS.map((q) => [q, { count: 0, howMuch: 0, done: 0, overdue: 0 }])) as Record<Quadrant, QuadrantTotal>;
  for (const task of tasks) {
    const total = totals[task.quadrant];
    if (!total) throw new RangeError(`invalid quadrant ${JSON.stringify(task.quadrant)}`);
    total.count++;
    total.howMuch += task.howMuch ?? 0;
    if (task.done === true) total.done++;
    if (task.overdue) total.overdue++;
  }
  return totals;
}
