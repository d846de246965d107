export { attainment } from './attainment.js';
export { dayCounter, type Calendar, type DayCounter } from './calendar.js';
export { addDays, dateOfDay, dayNumber, daysBetween, today, weekday, type DateString } from './dates.js';
export { DEFAULT_DEVIATION_OPTIONS, deviationStreak, type DeviationStreak, type DeviationStreakOptions, type TargetSuggestion } from './deviation-streak.js';
export { DEFAULT_OUTLIER_OPTIONS, detectOutliers, type Outlier, type OutlierOptions } from './detect-outliers.js';
export { elapsedShare, type Period } from './elapsed-share.js';
export { bySeverity, type Highlight, type HighlightCode, type HighlightSubject, type Severity } from './highlight.js';
export { highlightMessage, MESSAGE_LOCALES, type MessageFacts } from './messages.js';
export { checkQuality, DEFAULT_QUALITY_RULES, type Quality, type QualityRule, type QualityRules } from './quality.js';
export * from './schemas/index.js';
export { DEFAULT_TIERS, tierOf, type Tier, type TierId } from './tiers.js';
export { reaches } from './reaches.js';
export { issuePath, validate, type InputIssue, type Validation } from './validate.js';
export { benchmarkSpans, DEFAULT_STAGE_IDS, SEED_BENCHMARKS, type FunnelBenchmark, type FunnelSpan } from './funnel-benchmarks.js';
export { findBottleneck, type FunnelBottleneck } from './funnel-bottleneck.js';
export { funnelHighlights } from './funnel-highlights.js';
export { DEFAULT_FUNNEL_OPTIONS, funnelMetrics, type FunnelInput, type FunnelOptions } from './funnel-metrics.js';
export { funnelTotals, winStages, type FunnelTotals } from './funnel-totals.js';
export type { FunnelMetrics, FunnelStageMetrics } from './funnel-types.js';
export { rankLossReasons, type LossInput, type LossReason } from './loss-reasons.js';
export { DEFAULT_FORECAST_OPTIONS, forecast, type ForecastOptions } from './forecast/forecast.js';
export { DEFAULT_STAGE_PROBABILITIES, pipelineForecast, type PipelineOptions } from './forecast/pipeline.js';
export { runRateForecast } from './forecast/run-rate.js';
export { seasonalForecast } from './forecast/seasonal.js';
export type {
  Forecast, ForecastDeal, ForecastInput, ForecastMethod, ForecastPhase, ForecastRange, ForecastSeason, PipelineForecast, SeasonalForecast,
} from './forecast/types.js';
export { DEFAULT_PAYOUT_PLAN, resolvePayoutPlan, type PayoutBracket, type PayoutMode, type PayoutPlan, type ResolvedPayoutPlan } from './payout-plan.js';
export { payout, type Payout, type PayoutBracketResult } from './payout.js';
export { flagsOfQuadrant, QUADRANTS, quadrantOf, type Quadrant } from './quadrants.js';
export {
  classifyTasks, DEFAULT_CLASSIFY_OPTIONS, type ClassifiedTask, type ClassifyTasksOptions, type ImportanceSource, type UrgencySource,
} from './classify-tasks.js';
export { competitionRanks, type CompetitionRanking } from './competition-ranks.js';
export { completedMonths } from './tenure.js';
export { DEFAULT_KPI_TARGETS, evaluateKpis, KPI_IDS, type KpiId, type KpiResult } from './kpis.js';
export { awardBadges, movementOf, tenureOf, type Badge } from './leaderboard-badges.js';
export { entryHighlights, type EntryHighlightContext } from './leaderboard-highlights.js';
export { DEFAULT_LEADERBOARD_OPTIONS, type RankedEntry, type RankLeaderboardOptions } from './leaderboard-types.js';
export { rankLeaderboard } from './rank-leaderboard.js';
export { DEFAULT_PIPELINE_OPTIONS } from './forecast/pipeline.js';
export {
  DEFAULT_SAMPLE_DEALS_OPTIONS, DEFAULT_SAMPLE_OPTIONS, MAX_SAMPLE_REPS, MIN_SAMPLE_REPS, SAMPLE_LOCALES, sampleData, sampleDeals,
  sampleLeaderboard, sampleOrg, type SampleCast, type SampleData, type SampleDataOptions, type SampleDeal, type SampleDealsOptions,
  type SampleLocale,
} from './sample-data/index.js';
export { DEFAULT_TARGET_STATUS_OPTIONS, targetStatus, type TargetStatus, type TargetStatusInput, type TargetStatusOptions } from './target-status.js';
export {
  allocateTarget, DEFAULT_ALLOCATE_OPTIONS, type AllocateOptions, type AllocationPart, type AllocationResult, type TargetAllocation,
} from './allocate-target.js';
export { largestRemainder } from './largest-remainder.js';
export { DEFAULT_ROLLUP_OPTIONS, type RolledNode, type RollupOptions, type TargetMismatch } from './rollup-types.js';
export { rollupTargets } from './rollup-targets.js';
export { collectHighlights, type NodeHighlight } from './collect-highlights.js';
export { funnelFromDeals, type FunnelDeal } from './funnel-from-deals.js';
export { isRolledTree, rolledNodeIssues, type RolledIssue, type RolledPath } from './rolled-node-issues.js';
export { RolledTreeSchema, rolledTreeIssues } from './rolled-tree-schema.js';
export { quadrantTotals, type QuadrantTotal } from './quadrant-totals.js';
export { lastOutlierScore } from './last-outlier.js';
export { memoFormat } from './memo-format.js';
export { sortBySeverity } from './highlight.js';
export { positionOfStage, stageIndex, type StageIndex } from './stage-index.js';
export { dateRange, inDateRange, type DateRange } from './date-range.js';
export { issueMessage, showValue, type RawIssue } from './issue-message.js';
