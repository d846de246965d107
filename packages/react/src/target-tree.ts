import { createComponent } from '@lit/react';
import * as React from 'react';
import { QuotaTargetTree as QuotaTargetTreeElement } from '@quota/elements/target-tree.js';
import { EVENTS } from './events.js';

/**
 * `<quota-target-tree>` for React: the target decomposition with attainment, gap, pace, forecast
 * and highlights per node; drill-down. Props: `data`, `src`, `refresh`, `layout`,
 * `attention`, `drill`, `selected`, `expandDepth`, `label` and the settings.
 * Callbacks: `onQuotaSelect` (a node was picked), `onQuotaLoad`, `onQuotaError`.
 */
export const QuotaTargetTree = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'quota-target-tree',
  elementClass: QuotaTargetTreeElement,
  events: EVENTS['quota-target-tree'],
  displayName: 'QuotaTargetTree',
});
