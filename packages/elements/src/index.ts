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
export { QuotaFunnel } from './funnel/funnel.js';
export { QuotaWall } from './wall/wall.js';
export { QuotaBoardChangeEvent, type QuotaBoardChangeDetail } from './events/quota-board-change.js';
export { QuotaTargetTree } from './target-tree/target-tree.js';
export { QuotaTaskBoard } from './task-board/task-board.js';
export { QuotaTaskMoveEvent, type QuotaTaskMoveDetail } from './events/quota-task-move.js';
