import * as z from 'zod/mini';
import { AmountSchema, DateSchema, IdSchema, NameSchema } from './common.js';
import { uniqueIds } from './unique.js';

/**
 * A task with its 5W2H plan: what, why, who, when (due date), where, how,
 * how much (cost, summed per quadrant; `resources` for anything else).
 * `urgent`/`important` set by hand win over the derived ones.
 */
export const TaskSchema = z.object({
  id: IdSchema,
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  what: z.optional(NameSchema),
  why: z.optional(NameSchema),
  who: z.optional(NameSchema),
  when: z.optional(DateSchema),
  where: z.optional(NameSchema),
  how: z.optional(NameSchema),
  howMuch: z.optional(AmountSchema),
  resources: z.optional(NameSchema),
  urgent: z.optional(z.boolean()),
  important: z.optional(z.boolean()),
  /** The target node this task serves: serving a target makes it important. */
  targetId: z.optional(IdSchema),
  done: z.optional(z.boolean()),
});
export type Task = z.infer<typeof TaskSchema>;

/** Input of `<quota-task-board>` and `classifyTasks()`. */
export const TaskBoardDataSchema = z
  .object({
    label: z.optional(NameSchema),
    tasks: z.array(TaskSchema),
    /** Names for the `targetId`s tasks refer to. */
    targets: z.optional(z.array(z.object({ id: IdSchema, name: NameSchema }))),
    asOf: z.optional(DateSchema),
    currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  })
  .check(uniqueIds((d) => d.tasks, 'tasks'), uniqueIds((d) => d.targets, 'targets'));
export type TaskBoardData = z.infer<typeof TaskBoardDataSchema>;
