import type { TargetNode } from '../../packages/domain/src/index.js';

/**
 * The benchmark org: 1 company, 5 departments, 50 teams, 260 reps = 316
 * nodes. Targets add up; actuals vary deterministically.
 */
export function org316(): TargetNode {
  let rep = 0;
  const departments: TargetNode[] = [];
  for (let d = 0; d < 5; d++) {
    const teams: TargetNode[] = [];
    for (let t = 0; t < 10; t++) {
      const size = t < 2 ? 6 : 5;
      const reps: TargetNode[] = [];
      for (let r = 0; r < size; r++, rep++) {
        reps.push({ id: `rep-${rep}`, name: `Rep ${rep + 1}`, target: 100_000, actual: 40_000 + ((rep * 7919) % 90_000) });
      }
      teams.push({ id: `d${d}-t${t}`, name: `Team ${d + 1}.${t + 1}`, target: size * 100_000, split: 'org', children: reps });
    }
    departments.push({ id: `d${d}`, name: `Department ${d + 1}`, split: 'org', children: teams });
  }
  return { id: 'company', name: 'Company', split: 'org', period: { start: '2025-01-01', end: '2025-03-31' }, children: departments };
}
