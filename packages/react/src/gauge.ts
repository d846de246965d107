import { createComponent } from '@lit/react';
import * as React from 'react';
import { QuotaGauge as QuotaGaugeElement } from '@quota/elements/gauge.js';
import { EVENTS } from './events.js';

/**
 * `<quota-gauge>` for React: attainment against target with tiers, pace and
 * forecast. Props: `data`, `src`, `refresh`, `compact` and the settings.
 * Callbacks: `onQuotaLoad`, `onQuotaError`.
 */
export const QuotaGauge = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'quota-gauge',
  elementClass: QuotaGaugeElement,
  events: EVENTS['quota-gauge'],
  displayName: 'QuotaGauge',
});
