import * as z from 'zod/mini';
import { AmountSchema, BenchmarkSchema, CountSchema, IdSchema, NameSchema, PeriodSchema } from './common.js';
import { uniqueIds } from './unique.js';

export const FunnelStageSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  count: CountSchema,
  amount: z.optional(AmountSchema),
  /** Average days a deal stays in this stage (停留时间). */
  avgDays: z.optional(AmountSchema),
  /** Longest acceptable average dwell; above it the stage is `stage-stalled`. */
  dwellBenchmark: z.optional(AmountSchema),
});

export const LossReasonSchema = z.object({
  reason: NameSchema,
  count: CountSchema,
  amount: z.optional(AmountSchema),
});

/**
 * Input of `<quota-funnel>` and `funnelMetrics()`: at least two stages, top
 * first; benchmarks over spans of stage ids; lost deals by reason.
 */
export const FunnelDataSchema = z
  .object({
    label: z.optional(NameSchema),
    period: z.optional(PeriodSchema),
    stages: z.array(FunnelStageSchema).check(z.minLength(2, { message: 'a funnel needs at least 2 stages' })),
    benchmarks: z.optional(z.array(BenchmarkSchema)),
    lost: z.optional(z.array(LossReasonSchema)),
    currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  })
  .check(
    uniqueIds((d) => d.stages, 'stages'),
    z.superRefine((d, ctx) => {
      const index = new Map(d.stages.map((s, i) => [s.id, i]));
      (d.benchmarks ?? []).forEach((b, i) => {
        const from = index.get(b.from);
        const to = index.get(b.to);
        if (from === undefined) ctx.addIssue({ code: 'custom', message: `unknown stage ${JSON.stringify(b.from)}`, path: ['benchmarks', i, 'from'], input: b.from });
        if (to === undefined) ctx.addIssue({ code: 'custom', message: `unknown stage ${JSON.stringify(b.to)}`, path: ['benchmarks', i, 'to'], input: b.to });
        if (from !== undefined && to !== undefined && to <= from) {
          ctx.addIssue({ code: 'custom', message: `benchmark must run down the funnel: ${b.from} → ${b.to}`, path: ['benchmarks', i, 'to'], input: b.to });
        }
      });
    }),
  );
export type FunnelData = z.infer<typeof FunnelDataSchema>;
export type FunnelStage = z.infer<typeof FunnelStageSchema>;
