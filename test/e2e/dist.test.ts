import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { build } from 'esbuild';

// The built artifacts hosts use: `pnpm build` runs before this step of `npm test`.
const DOMAIN = 'packages/domain/dist/index.js';
const BUNDLE = 'packages/elements/dist/quota.js';

const CONTRACT_FUNCTIONS = [
  'elapsedShare', 'attainment', 'tierOf', 'payout', 'allocateTarget', 'rollupTargets', 'funnelMetrics', 'forecast',
  'rankLeaderboard', 'classifyTasks', 'detectOutliers', 'deviationStreak', 'sampleData',
];
const SCHEMAS = ['GaugeDataSchema', 'FunnelDataSchema', 'TargetNodeSchema', 'TaskBoardDataSchema', 'LeaderboardDataSchema'];

describe('packages/domain/dist/index.js (built, plain Node ESM)', () => {
  let domain: Record<string, unknown>;
  before(async () => {
    expect(existsSync(DOMAIN), `${DOMAIN} missing: run pnpm build`).to.equal(true);
    domain = (await import(pathToFileURL(DOMAIN).href)) as Record<string, unknown>;
  });

  it('exports every function and schema of the public contract', () => {
    for (const name of CONTRACT_FUNCTIONS) expect(domain[name], name).to.be.a('function');
    for (const name of SCHEMAS) expect((domain[name] as { safeParse?: unknown }).safeParse, name).to.be.a('function');
    expect(existsSync('packages/domain/dist/index.d.ts')).to.equal(true);
  });

  it('computes the numbers of DOMAIN.md from the built file', () => {
    const d = domain as unknown as typeof import('../../packages/domain/src/index.js');
    expect(d.elapsedShare({ start: '2025-01-01', end: '2025-03-31' }, '2025-02-14')).to.equal(0.5);
    expect(d.tierOf(0.8)?.id).to.equal('standard');
    expect(d.attainment(5, 0)).to.equal(null);
    const { allocations, reserve } = d.allocateTarget(100, [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }], { by: 'weight' });
    expect(allocations.reduce((s, a) => s + a.target, 0) + reserve).to.equal(100);
    const sample = d.sampleData(1);
    expect(d.rankLeaderboard(sample.leaderboard)[0]!.rank).to.equal(1);
    expect(d.funnelMetrics(sample.funnel).stages).to.have.length(5);
  });

  it('rejects bad input with the issue path', () => {
    const d = domain as unknown as typeof import('../../packages/domain/src/index.js');
    const r = d.FunnelDataSchema.safeParse({ stages: [{ id: 'a', name: 'A', count: 3 }, { id: 'b', name: 'B', count: -1 }] });
    expect(r.success).to.equal(false);
    expect(r.error!.issues[0]!.path).to.deep.equal(['stages', 1, 'count']);
  });

  it('ships a JSON Schema per input that accepts the sample data and rejects a broken copy', async () => {
    const d = domain as unknown as typeof import('../../packages/domain/src/index.js');
    const sample = d.sampleData(3, { locale: 'zh-CN' });
    type Json = Record<string, unknown> & { [k: string]: unknown };
    const inputs: [string, unknown, (copy: Json) => void][] = [
      ['gauge-data', sample.gauge, (c) => (c.target = -1)],
      ['funnel-data', sample.funnel, (c) => ((c.stages as Json[])[1]!.count = 'many')],
      ['target-node', sample.targetTree, (c) => ((c.children as Json[])[0]!.id = 42)],
      ['task-board-data', sample.tasks, (c) => ((c.tasks as Json[])[0]!.when = '2025-02-30x')],
      ['leaderboard-data', sample.leaderboard, (c) => ((c.entries as Json[])[0]!.actual = Number.NaN)],
    ];
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    for (const [name, data, breakIt] of inputs) {
      const schema = JSON.parse(readFileSync(`packages/domain/dist/json-schema/${name}.schema.json`, 'utf8')) as object;
      const validate = ajv.compile(schema);
      expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).to.equal(true);
      const broken = JSON.parse(JSON.stringify(data)) as Json;
      breakIt(broken);
      expect(validate(broken), `${name} accepts a broken copy`).to.equal(false);
    }
  });
});

describe('packages/elements/dist/quota.js (built, self-contained)', () => {
  it('imports nothing, so a plain <script type="module"> can load it', async () => {
    const { metafile } = await build({ entryPoints: [BUNDLE], bundle: true, write: false, metafile: true, packages: 'external', logLevel: 'silent' });
    const imports = Object.values(metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imports).to.deep.equal([]);
  });

  it('reports its size against the 45 KB gzip budget', () => {
    const code = readFileSync(BUNDLE);
    const kb = gzipSync(code, { level: 9 }).length / 1024;
    console.log(`      quota.js: ${(code.length / 1024).toFixed(1)} KB, ${kb.toFixed(1)} KB gzip`);
    expect(kb).to.be.greaterThan(0);
  });
});
