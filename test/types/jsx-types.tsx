// Type tests (checked by `tsc -p tsconfig.json`, never run): the React 19 JSX
// typings generated from custom-elements.json (@quota/elements/jsx) and the
// @quota/react wrappers accept what the elements take and reject the rest.
// (TypeScript lets any undeclared attribute with a dash through on an
// intrinsic element, so an event a tag does not fire cannot be rejected there.)
/// <reference types="@quota/elements/jsx" />
import type { QuotaSelectEvent, QuotaTaskMoveEvent } from '@quota/elements';
import { QuotaFunnel, QuotaTaskBoard, QuotaWall } from '@quota/react';

export const tags = (
  <quota-provider locale="zh-CN" theme="dark" asOf="2025-02-14" as-of="2025-02-14" quality-rules="{}">
    <quota-gauge compact data={{ target: 1, actual: 1 }} onquota-load={(e) => e.detail.receivedAt.toFixed()} />
    <quota-funnel measure="amount" onquota-select={(e: QuotaSelectEvent) => e.detail.id} />
    <quota-target-tree expandDepth={2} layout="tree" onquota-select={(e) => e.detail.widget} />
    <quota-task-board hideDone onquota-task-move={(e: QuotaTaskMoveEvent) => e.detail.waitUntil(Promise.resolve())} />
    <quota-leaderboard kpis rankBy="amount" className="board" onquota-error={(e) => e.detail.issues.length} />
    <quota-wall interval={30} onquota-board-change={(e) => e.detail} />
    {/* @ts-expect-error: theme is 'light' | 'dark' | 'tv' */}
    <quota-gauge theme="blue" />
    {/* @ts-expect-error: compact is a boolean */}
    <quota-gauge compact="yes" />
    {/* @ts-expect-error: a select event has no waitUntil */}
    <quota-funnel onquota-select={(e) => e.detail.waitUntil(Promise.resolve())} />
    {/* @ts-expect-error: no such tag */}
    <quota-gauges />
  </quota-provider>
);

export const wrappers = (
  <>
    <QuotaFunnel data={{}} measure="count" onQuotaSelect={(e) => e.detail.id} onQuotaLoad={(e) => e.detail.source} />
    <QuotaTaskBoard onQuotaTaskMove={(e) => e.detail.waitUntil(Promise.resolve())} />
    <QuotaWall onQuotaBoardChange={(e) => e.detail} />
    {/* @ts-expect-error: measure is 'count' | 'amount' */}
    <QuotaFunnel measure="deals" />
    {/* @ts-expect-error: the funnel has no task moves */}
    <QuotaFunnel onQuotaTaskMove={() => {}} />
  </>
);
