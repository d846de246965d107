import * as z from 'zod/mini';
import { isRolledTree, RolledTreeSchema, TargetNodeSchema, type RolledNode, type TargetNode } from '@quota/domain';

/** What `<quota-target-tree>` accepts: a target tree to roll up, or one a server already rolled up. */
export type TargetTreeInput = { rolled: false; root: TargetNode } | { rolled: true; root: RolledNode };

/**
 * The widget's data schema: `rollupTargets` output (recognised by its shape,
 * see `isRolledTree`) is checked with `RolledTreeSchema` and drawn as is;
 * anything else must be a `TargetNodeSchema` tree, rolled up in the widget.
 * Issues keep their field paths (`children.1.id`).
 */
export const TargetTreeInputSchema: z.ZodMiniType<TargetTreeInput> = z.pipe(
  z.unknown(),
  z.transform((value, ctx): TargetTreeInput => {
    const rolled = isRolledTree(value);
    const result = rolled ? RolledTreeSchema.safeParse(value) : TargetNodeSchema.safeParse(value);
    if (result.success) return rolled ? { rolled: true, root: result.data as RolledNode } : { rolled: false, root: result.data as TargetNode };
    for (const issue of result.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path as PropertyKey[], input: value });
    return z.NEVER;
  }),
);
