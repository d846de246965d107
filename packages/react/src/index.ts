// React wrappers (@lit/react) for every Quota element: properties set as
// properties (so `data={object}` works in React 18 too), typed event
// callbacks (`onQuotaSelect`, `onQuotaError`, `onQuotaLoad`,
// `onQuotaTaskMove`, …). Each wrapper is its own module and registers only
// its own element. React 19 users may also write the tags directly, typed by
// `/// <reference types="@quota/elements/jsx" />`.
export { EVENTS } from './events.js';
export { QuotaProvider } from './provider.js';
export { QuotaGauge } from './gauge.js';
export { QuotaFunnel } from './funnel.js';
export { QuotaTargetTree } from './target-tree.js';
export { QuotaTaskBoard } from './task-board.js';
export { QuotaLeaderboard } from './leaderboard.js';
export { QuotaWall } from './wall.js';
