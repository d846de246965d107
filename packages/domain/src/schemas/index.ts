export * from './common.js';
export * from './gauge.js';
export * from './funnel.js';
export * from './target-tree.js';
export * from './task-board.js';
export * from './leaderboard.js';
export * from './settings.js';
