import { addDays } from '../dates.js';
import type { TargetNode } from '../schemas/target-tree.js';
import type { Task, TaskBoardData } from '../schemas/task-board.js';
import { STREAM, type SampleContext } from './context.js';
import { PEOPLE, personName } from './names.js';
import type { SampleCast } from './performance.js';
import { randomFor } from './random.js';
import { TASKS, type TaskTargetRef } from './task-texts.js';
import { labelOf } from './texts.js';

/**
 * The 5W2H task board: sixteen tasks (`task-01` …) with due dates relative
 * to `asOf` (two overdue, one done), costs varying ±10% with the seed, who
 * as a person's name, and target ids from the tree (`targets` lists their
 * names, in first-use order). Urgent/important are set by hand on four
 * tasks; the rest are left to be derived from the due date and the target.
 */
export function sampleTasks(ctx: SampleContext, tree: TargetNode, mismatchTeamId: string, cast: SampleCast): TaskBoardData {
  const rng = randomFor(ctx.seed, STREAM.tasks);
  const people = rng.index(PEOPLE);
  const ids: Record<TaskTargetRef, string> = {
    company: 'company', east: 'east', south: 'south', 'north-new': 'north-new', 'north-accessories': 'north-accessories',
    'other-key': 'other-key', 'other-smb': 'other-smb', 'mismatch-team': mismatchTeamId, laggard: cast.laggards[0]!, breach: cast.breach,
  };
  const names = namesOf(tree, new Set(Object.values(ids)));
  const targets: { id: string; name: string }[] = [];
  const tasks = TASKS.map((template, k): Task => {
    const l = ctx.locale;
    const task: Task = {
      id: `task-${String(k + 1).padStart(2, '0')}`,
      title: template.title[l], what: template.what[l], why: template.why[l],
      who: template.who ? template.who[l] : personName(ctx.reps + k, people, l),
      when: addDays(ctx.asOf, template.due), where: template.where[l], how: template.how[l],
    };
    task.howMuch = template.cost === undefined ? 0 : Math.round((template.cost * rng.between(0.9, 1.1)) / 100) * 100;
    if (template.urgent !== undefined) task.urgent = template.urgent;
    if (template.important !== undefined) task.important = template.important;
    if (template.done) task.done = true;
    if (template.target) {
      const id = ids[template.target];
      task.targetId = id;
      if (!targets.some((t) => t.id === id)) targets.push({ id, name: names.get(id) ?? id });
    }
    return task;
  });
  return { label: labelOf('tasks', ctx.quarterName, ctx.locale), tasks, targets, asOf: ctx.asOf, currency: ctx.currency };
}

/** Names of the nodes with the given ids, found without recursion. */
function namesOf(tree: TargetNode, ids: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, string>();
  const stack = [tree];
  while (stack.length && names.size < ids.size) {
    const node = stack.pop()!;
    if (ids.has(node.id)) names.set(node.id, node.name);
    if (node.children) for (const child of node.children) stack.push(child);
  }
  return names;
}
