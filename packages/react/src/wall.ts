import { createComponent } from '@lit/react';
import * as React from 'react';
import { QuotaWall as QuotaWallElement } from '@quota/elements/wall.js';
import { EVENTS } from './events.js';

/**
 * `<quota-wall>` for React: the TV wall that rotates between boards, with a clock and each
 * board's data age. Callbacks: `onQuotaBoardChange` (another board is shown),
 * `onQuotaSelect`.
 */
export const QuotaWall = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'quota-wall',
  elementClass: QuotaWallElement,
  events: EVENTS['quota-wall'],
  displayName: 'QuotaWall',
});
