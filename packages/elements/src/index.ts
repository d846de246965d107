// Every element, event and helper of @quota/elements. Importing this module
// registers all the elements.
export { QuotaProvider } from './provider/provider.js';
export { QuotaGauge } from './gauge/gauge.js';
export { QuotaErrorEvent, type QuotaErrorDetail, type DataSource } from './events/quota-error.js';
export { QuotaLoadEvent, type QuotaLoadDetail } from './events/quota-load.js';
export { QuotaSelectEvent, type QuotaSelectDetail } from './events/quota-select.js';
export { settingsContext, type QuotaSettings, type ResolvedSettings, type Theme } from './core/settings.js';
export { formatsFor, type Formats } from './core/format.js';
export { TOKENS, type TokenName } from './styles/tokens.js';
export { QuotaLeaderboard } from './leaderboard/leaderboard.js';
