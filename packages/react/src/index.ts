// React wrappers (@lit/react) for every Quota element: properties set as
// properties (so `data={object}` works in React 18 too), typed event
// callbacks (`onQuotaSelect`, `onQuotaError`, `onQuotaLoad`, …). Each
// wrapper registers only its own element. React 19 users may also write the
// tags directly, typed by `import type {} from '@quota/elements/jsx'`.
export { EVENTS } from './events.js';
export { QuotaProvider } from './provider.js';
export { QuotaGauge } from './gauge.js';
export { QuotaLeaderboard } from './leaderboard.js';
