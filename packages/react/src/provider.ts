import { createComponent } from '@lit/react';
import * as React from 'react';
import { QuotaProvider as QuotaProviderElement } from '@quota/elements/provider.js';
import { EVENTS } from './events.js';

/**
 * `<quota-provider>` for React: shares locale, currency, as-of date,
 * calendar, theme, tiers and benchmarks with every widget inside it.
 * Callback: `onQuotaError` (a setting is not valid).
 */
export const QuotaProvider = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'quota-provider',
  elementClass: QuotaProviderElement,
  events: EVENTS['quota-provider'],
  displayName: 'QuotaProvider',
});
