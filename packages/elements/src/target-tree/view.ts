import { rollupTargets, type RolledNode } from '@quota/domain';
import type { ResolvedSettings } from '../core/settings.js';
import type { TargetTreeInput } from './input.js';
import { indexTree, type TreeIndex } from './tree-index.js';

/** The tree's view model: the rolled-up tree, indexed. Built once per data + settings; expanding never rebuilds it. */
export interface TargetTreeView {
  root: RolledNode;
  index: TreeIndex;
  /** Whether the host sent `rollupTargets` output (nothing was computed here). */
  rolled: boolean;
}

/**
 * Rolls the input up with the settings in effect (as-of date, calendar,
 * tiers, quality rules, locale of the highlight sentences) unless the host
 * already did, then indexes it for the widget's walks.
 */
export function targetTreeView(input: TargetTreeInput, settings: ResolvedSettings): TargetTreeView {
  const root = input.rolled
    ? input.root
    : rollupTargets(input.root, {
        asOf: settings.asOf,
        calendar: settings.calendar,
        tiers: settings.tiers,
        qualityRules: settings.qualityRules,
        locale: settings.locale,
      });
  return { root, index: indexTree(root), rolled: input.rolled };
}
