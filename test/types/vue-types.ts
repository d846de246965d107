// Type tests (checked by `tsc -p tsconfig.json`, never run): the Vue
// GlobalComponents typings generated from custom-elements.json
// (@quota/elements/vue) give each tag its props and `onQuota…` listeners.
/// <reference types="@quota/elements/vue" />
import type { GlobalComponents } from 'vue';

type PropsOf<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const funnel: PropsOf<'quota-funnel'> = { measure: 'amount', cumulative: true, onQuotaSelect: (e) => e.detail.id };
export const board: PropsOf<'quota-task-board'> = { hideDone: true, onQuotaTaskMove: (e) => e.detail.waitUntil(Promise.resolve()) };
export const provider: PropsOf<'quota-provider'> = { locale: 'zh-CN', theme: 'tv', asOf: '2025-02-14' };

// @ts-expect-error: measure is 'count' | 'amount'
export const badMeasure: PropsOf<'quota-funnel'> = { measure: 'deals' };
// @ts-expect-error: the gauge fires no quota-select
export const badEvent: PropsOf<'quota-gauge'> = { onQuotaSelect: () => {} };
// @ts-expect-error: a select event has no waitUntil
export const badDetail: PropsOf<'quota-leaderboard'> = { onQuotaSelect: (e) => e.detail.waitUntil(Promise.resolve()) };
