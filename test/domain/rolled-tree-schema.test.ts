import { expect } from 'chai';
import {
  isRolledTree, MAX_TREE_DEPTH, RolledTreeSchema, rolledTreeIssues, rollupTargets, sampleOrg, validate, type RolledNode, type TargetNode,
} from '../../packages/domain/src/index.js';

const Q1 = { start: '2025-01-01', end: '2025-03-31' };

function org(): TargetNode {
  return {
    id: 'company', name: 'Company', split: 'region', target: 1000, period: Q1,
    children: [
      { id: 'east', name: 'East', target: 600, children: [{ id: 'alice', name: 'Alice', target: 700, actual: 200 }] },
      { id: 'west', name: 'West', target: 400, actual: 390 },
    ],
  };
}

/** What a server sends: rollupTargets output through JSON. */
const overJson = (node: RolledNode): unknown => JSON.parse(JSON.stringify(node));

describe('RolledTreeSchema', () => {
  it('isRolledTree() tells rollupTargets output from TargetNode input', () => {
    const rolled = rollupTargets(org(), { asOf: '2025-02-14' });
    expect(isRolledTree(rolled)).to.equal(true);
    expect(isRolledTree(overJson(rolled))).to.equal(true);
    expect(isRolledTree(org())).to.equal(false);
    expect(isRolledTree(null)).to.equal(false);
    expect(isRolledTree([rolled])).to.equal(false);
  });

  it('accepts rollupTargets output sent as JSON and passes it through unchanged', () => {
    const json = overJson(rollupTargets(org(), { asOf: '2025-02-14' }));
    const result = validate(RolledTreeSchema, json);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.data).to.equal(json);
  });

  it('accepts a 10,000-rep organisation', () => {
    const json = overJson(rollupTargets(sampleOrg(7, 10_000), { asOf: '2025-02-14' }));
    expect(rolledTreeIssues(json)).to.deep.equal([]);
  });

  it('rolledTreeIssues() names the field path of each bad value', () => {
    const json = overJson(rollupTargets(org(), { asOf: '2025-02-14' })) as Record<string, unknown> & { children: Record<string, unknown>[] };
    json.children[0]!.target = -5;
    (json.children[0]!.children as Record<string, unknown>[])[0]!.highlights = [{ code: 'behind-pace', severity: 'loud' }];
    json.children[1]!.attainment = 'most';
    json.children[1]!.tier = { id: 'gold' };
    const paths = rolledTreeIssues(json).map((i) => i.path.join('.'));
    expect(paths).to.have.members(['children.0.target', 'children.0.children.0.highlights.0', 'children.1.attainment', 'children.1.tier']);
    const result = validate(RolledTreeSchema, json);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).to.include('children.1.attainment');
  });

  it('rolledTreeIssues() reports repeated ids at the repeat and non-objects where they sit', () => {
    const json = overJson(rollupTargets(org())) as Record<string, unknown> & { children: unknown[] };
    (json.children[1] as Record<string, unknown>).id = 'east';
    json.children.push('oops');
    const issues = rolledTreeIssues(json).map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).to.include('children.1.id: duplicate id "east"');
    expect(issues).to.include('children.2: expected a rolled-up node (an object)');
  });

  it('walks a 1,000-level chain without recursion and rejects a deeper one', () => {
    const chain = (levels: number): TargetNode => {
      const root: TargetNode = { id: 'n0', name: 'n0' };
      let node = root;
      for (let i = 1; i < levels; i++) node = (node.children = [{ id: `n${i}`, name: `n${i}` }])[0]!;
      node.target = 10;
      return root;
    };
    expect(rolledTreeIssues(rollupTargets(chain(MAX_TREE_DEPTH)))).to.deep.equal([]);
    const deeper = rolledTreeIssues(rollupTargets(chain(MAX_TREE_DEPTH + 5)));
    expect(deeper).to.have.length(1);
    expect(deeper[0]!.message).to.equal(`tree is deeper than ${MAX_TREE_DEPTH} levels`);
  });
});
