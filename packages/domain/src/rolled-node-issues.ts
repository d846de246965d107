/** Where in the tree an issue is: `['children', 0, 'target']`. */
export type RolledPath = (string | number)[];
/** One problem of a rolled tree. */
export interface RolledIssue {
  path: RolledPath;
  message: string;
}

const TIERS = new Set(['below', 'standard', 'exceeded', 'outstanding']);
const SEVERITIES = new Set(['info', 'warning', 'critical']);
const SPLITS = new Set(['org', 'product', 'region', 'customer', 'time']);
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const amount = (v: unknown) => typeof v === 'number' && v >= 0 && v !== Infinity;
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const finiteOrNull = (v: unknown) => v === null || finite(v);

/**
 * Whether `value` has the shape of a `rollupTargets` result (its root has
 * `highlights` and `attainment`) rather than of a `TargetNode` input: what
 * widgets use to accept trees a server already rolled up.
 */
export function isRolledTree(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.highlights) && 'attainment' in value;
}

/** Adds the problems of one rolled node's own fields (not its children) to `out`, with paths relative to the node. */
export function rolledNodeIssues(node: Record<string, unknown>, out: RolledIssue[]): void {
  const bad = (key: string, message: string) => out.push({ path: [key], message });
  if (typeof node.id !== 'string' || node.id.length === 0 || node.id.length > 200) bad('id', 'expected a non-empty id of at most 200 characters');
  if (typeof node.name !== 'string') bad('name', 'expected text');
  if (!amount(node.target)) bad('target', `expected an amount ≥ 0, got ${String(node.target)}`);
  if (!amount(node.actual)) bad('actual', `expected an amount ≥ 0, got ${String(node.actual)}`);
  if (!finite(node.gap)) bad('gap', 'expected a number');
  for (const key of ['attainment', 'pace', 'forecast'] as const) if (!finiteOrNull(node[key])) bad(key, 'expected a number or null');
  const tier = node.tier;
  if (tier !== null && !(isObject(tier) && TIERS.has(tier.id as string))) bad('tier', 'expected null or a tier with id below, standard, exceeded or outstanding');
  const m = node.mismatch;
  if (m !== null && m !== undefined && !(isObject(m) && (m.direction === 'over' || m.direction === 'under') && amount(m.amount))) {
    bad('mismatch', 'expected null or { direction: over|under, amount }');
  }
  if (node.split !== undefined && !SPLITS.has(node.split as string)) bad('split', 'expected org, product, region, customer or time');
  if (node.level !== undefined && typeof node.level !== 'string') bad('level', 'expected text');
  const highlights = node.highlights;
  if (!Array.isArray(highlights)) bad('highlights', 'expected a list');
  else {
    for (let i = 0; i < highlights.length; i++) {
      const h: unknown = highlights[i];
      if (!isObject(h) || typeof h.code !== 'string' || !SEVERITIES.has(h.severity as string) || typeof h.message !== 'string') {
        out.push({ path: ['highlights', i], message: 'expected { code, severity: info|warning|critical, message }' });
      }
    }
  }
  if (node.children !== undefined && !Array.isArray(node.children)) bad('children', 'expected a list');
}

