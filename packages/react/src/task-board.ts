import { createComponent } from '@lit/react';
import * as React from 'react';
import { QuotaTaskBoard as QuotaTaskBoardElement } from '@quota/elements/task-board.js';
import { EVENTS } from './events.js';

/**
 * `<quota-task-board>` for React: the four-quadrant task board with 5W2H plans. Props: `data`,
 * `src`, `refresh`, `readOnly`, `hideDone`, `filterOwner`, `filterTarget` and the
 * settings. Callbacks: `onQuotaTaskMove` (cancelable; hold the move with
 * `e.detail.waitUntil(promise)` until it is saved), `onQuotaSelect`,
 * `onQuotaLoad`, `onQuotaError`.
 */
export const QuotaTaskBoard = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'quota-task-board',
  elementClass: QuotaTaskBoardElement,
  events: EVENTS['quota-task-board'],
  displayName: 'QuotaTaskBoard',
});
