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
  const { id, target, actual, tier, mismatch: m, split, highlights } = node;
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) bad(out, 'id', 'expected a non-empty id of at most 200 characters');
  if (typeof node.name !== 'string') bad(out, 'name', 'expected text');
  if (!amount(target)) bad(out, 'target', `expected an amount ≥ 0, got ${String(target)}`);
  if (!amount(actual)) bad(out, 'actual', `expected an amount ≥ 0, got ${String(actual)}`);
  if (!finite(node.gap)) bad(out, 'gap', 'expected a number');
  if (!finiteOrNull(node.attainment)) bad(out, 'attainment', 'expected a number or null');
  if (!finiteOrNull(node.pace)) bad(out, 'pace', 'expected a number or null');
  if (!finiteOrNull(node.forecast)) bad(out, 'forecast', 'expected a number or null');
  if (tier !== null && !(isObject(tier) && TIERS.has(tier.id as string))) bad(out, 'tier', 'expected null or a tier with id below, standard, exceeded or outstanding');
  if (m != null && !(isObject(m) && (m.direction === 'over' || m.direction === 'under') && amount(m.amount))) {
    bad(out, 'mismatch', 'expected null or { direction: over|under, amount }');
  }
  if (split !== undefined && !SPLITS.has(split as string)) bad(out, 'split', 'expected org, product, region, customer or time');
  if (node.level !== undefined && typeof node.level !== 'string') bad(out, 'level', 'expected text');
  if (!Array.isArray(highlights)) bad(out, 'highlights', 'expected a list');
  else {
    for (let i = 0; i < highlights.length; i++) {
      const h: unknown = highlights[i];
      if (!isObject(h) || typeof h.code !== 'string' || !SEVERITIES.has(h.severity as string) || typeof h.message !== 'string') {
        out.push({ path: ['highlights', i], message: 'expected { code, severity: info|warning|critical, message }' });
      }
    }
  }
  if (node.children !== undefined && !Array.isArray(node.children)) bad(out, 'children', 'expected a list');
}

function bad(out: RolledIssue[], key: string, message: string): void {
  out.push({ path: [key], message });
}
