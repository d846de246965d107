import { createComponent } from '@lit/react';
import * as React from 'react';
import { QuotaLeaderboard as QuotaLeaderboardElement } from '@quota/elements/leaderboard.js';
import { EVENTS } from './events.js';

/**
 * `<quota-leaderboard>` for React: ranked reps with movement, badges, tiers,
 * quality flags and (with `kpis`) process KPIs. Props: `data`, `src`,
 * `refresh`, `rankBy`, `kpis`, `tv`, `pageSeconds` and the settings.
 * Callbacks: `onQuotaSelect` (a row was activated), `onQuotaLoad`, `onQuotaError`.
 */
export const QuotaLeaderboard = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'quota-leaderboard',
  elementClass: QuotaLeaderboardElement,
  events: EVENTS['quota-leaderboard'],
  displayName: 'QuotaLeaderboard',
});
