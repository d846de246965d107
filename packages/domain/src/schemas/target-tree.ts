import * as z from 'zod/mini';
import {
  AmountSchema, DealSchema, IdSchema, NameSchema, PeriodResultSchema, PeriodSchema, QualitySchema,
} from './common.js';
import { isGoodTargetTree } from './target-node-check.js';

/** The deepest target tree accepted: a 1,000-level chain works, deeper input is rejected. */
export const MAX_TREE_DEPTH = 1000;

/** What a node's children split its target by (DOMAIN.md §1). */
export const DimensionSchema = z.enum(['org', 'product', 'region', 'customer', 'time']);
export type Dimension = z.infer<typeof DimensionSchema>;

/**
 * One node of a target decomposition, as the host sends it. The node's
 * `split` says which dimension its children divide it by. `target` may be
 * left out on a parent (then it is its children's sum plus `reserve`);
 * `actual` likewise (then it is its children's sum).
 */
export interface TargetNodeInput {
  id: string;
  name: string;
  target?: number | undefined;
  actual?: number | undefined;
  split?: Dimension | undefined;
  /** Free text for the level, e.g. `company`, `department`, `team`, `rep`, `Q1`. */
  level?: string | undefined;
  /** Allocation weight among its siblings (for `allocateTarget`). */
  weight?: number | undefined;
  /** Flexibility reserve (预留弹性空间) kept at this node, not given to children. */
  reserve?: number | undefined;
  period?: { start: string; end: string } | undefined;
  /** Past values of this node's actual, oldest first (outlier check). */
  history?: number[] | undefined;
  /** Past periods' target and actual, oldest first (deviation streak). */
  periods?: { label?: string | undefined; target: number; actual: number }[] | undefined;
  quality?: z.infer<typeof QualitySchema> | undefined;
  pipeline?: z.infer<typeof DealSchema>[] | undefined;
  children?: TargetNodeInput[] | undefined;
}

/** The recursive node shape alone, without the depth and id checks (for JSON Schema output). */
export const TargetNodeShape: z.ZodMiniType<TargetNodeInput> = z.object({
  id: IdSchema,
  name: NameSchema,
  target: z.optional(AmountSchema),
  actual: z.optional(AmountSchema),
  split: z.optional(DimensionSchema),
  level: z.optional(NameSchema),
  weight: z.optional(AmountSchema),
  reserve: z.optional(AmountSchema),
  period: z.optional(PeriodSchema),
  history: z.optional(z.array(AmountSchema)),
  periods: z.optional(z.array(PeriodResultSchema)),
  quality: z.optional(QualitySchema),
  pipeline: z.optional(z.array(DealSchema)),
  get children() {
    return z.optional(z.array(TargetNodeShape));
  },
});

/** Depth of a tree, walked without recursion; stops counting past `limit`. */
function depthOf(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > limit) return max;
    const children = node && typeof node === 'object' ? (node as { children?: unknown }).children : undefined;
    if (Array.isArray(children)) for (const child of children) stack.push([child, depth + 1]);
  }
  return max;
}

const DepthGuard = z.unknown().check(
  z.refine((v) => depthOf(v, MAX_TREE_DEPTH) <= MAX_TREE_DEPTH, {
    message: `tree is deeper than ${MAX_TREE_DEPTH} levels`,
    abort: true,
  }),
);

/** The full zod check: depth first (so huge input never overflows the stack), then the shape, then repeated ids. */
const TargetTreeCheck = z.pipe(DepthGuard, TargetNodeShape).check(
  z.superRefine((root, ctx) => {
    const seen = new Set<string>();
    const stack: [TargetNodeInput, (string | number)[]][] = [[root, []]];
    while (stack.length) {
      const [node, path] = stack.pop()!;
      if (seen.has(node.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate id ${JSON.stringify(node.id)}`, path: [...path, 'id'], input: node.id });
      }
      seen.add(node.id);
      const children = node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, [...path, 'children', i]]);
    }
  }),
);

/**
 * Input of `<quota-target-tree>` and `rollupTargets()`: a target node with
 * its children. Rejects trees deeper than {@link MAX_TREE_DEPTH} (checked
 * before anything recursive runs, so huge input never overflows the stack)
 * and repeated ids (reported at the repeat's path, e.g. `children.1.id`).
 * A good tree is recognised in one fast loop and passed through as is (not
 * copied, so the caller must not change it in place afterwards); anything else goes through the zod shape, which reports each
 * issue with its path.
 */
export const TargetNodeSchema: z.ZodMiniType<TargetNodeInput> = z.pipe(
  z.unknown(),
  z.transform((value, ctx): TargetNodeInput => {
    if (isGoodTargetTree(value, MAX_TREE_DEPTH)) return value as TargetNodeInput;
    const result = TargetTreeCheck.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    // The issues as zod made them (codes, paths, values): the caller's parse drops `input` unless it asked for it.
    for (const issue of result.error.issues) ctx.issues.push(issue as never);
    return z.NEVER;
  }),
);
export type TargetNode = TargetNodeInput;
