import { createComponent } from '@lit/react';
import * as React from 'react';
import { QuotaFunnel as QuotaFunnelElement } from '@quota/elements/funnel.js';
import { EVENTS } from './events.js';

/**
 * `<quota-funnel>` for React: the sales funnel with conversion, dwell, the bottleneck, win rate
 * and loss reasons. Props: `data`, `src`, `refresh`, `measure`, `orientation`,
 * `cumulative`, `selected` and the settings. Callbacks: `onQuotaSelect` (a stage
 * was picked), `onQuotaLoad`, `onQuotaError`.
 */
export const QuotaFunnel = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'quota-funnel',
  elementClass: QuotaFunnelElement,
  events: EVENTS['quota-funnel'],
  displayName: 'QuotaFunnel',
});
