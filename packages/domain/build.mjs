// Builds @quota/domain: ESM + .d.ts with tsc, then one JSON Schema per input
// shape, generated from the zod schemas so that a CRM backend can validate
// what it sends with any JSON Schema validator.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync('tsc', ['-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });

const domain = await import(join(dist, 'index.js'));
const inputs = {
  'gauge-data': [domain.GaugeDataSchema, 'Input of <quota-gauge>: a target, its actual, and what pace and forecast need.'],
  'funnel-data': [domain.FunnelDataSchema, 'Input of <quota-funnel> and funnelMetrics(): stages top first, span benchmarks, loss reasons.'],
  'target-node': [domain.TargetNodeShape, `Input of <quota-target-tree> and rollupTargets(): a target decomposition (at most ${domain.MAX_TREE_DEPTH} levels, ids unique).`],
  'task-board-data': [domain.TaskBoardDataSchema, 'Input of <quota-task-board> and classifyTasks(): tasks with their 5W2H plans.'],
  'leaderboard-data': [domain.LeaderboardDataSchema, 'Input of <quota-leaderboard> and rankLeaderboard().'],
  settings: [domain.SettingsSchema, 'Settings shared by many widgets (<quota-provider>).'],
};
mkdirSync(join(dist, 'json-schema'), { recursive: true });
for (const [name, [schema, description]] of Object.entries(inputs)) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const out = { ...json, $id: `https://quota.dev/schemas/${name}.schema.json`, title: name, description };
  writeFileSync(join(dist, 'json-schema', `${name}.schema.json`), JSON.stringify(out, null, 2) + '\n');
}
console.log(`@quota/domain: dist/index.js and ${Object.keys(inputs).length} JSON Schemas written`);
