import { expect } from 'chai';
import { MAX_TREE_DEPTH, sampleData, sampleOrg, TargetNodeSchema, TargetNodeShape, validate, type TargetNode } from '@quota/domain';
import { isGoodTargetTree } from '../../packages/domain/src/schemas/target-node-check.js';

/** A small good tree: a company with two teams. */
const tree = (): TargetNode => ({
  id: 'co', name: 'Company', split: 'region', level: 'company', target: 100, reserve: 5, period: { start: '2025-01-01', end: '2025-03-31' },
  children: [
    { id: 'a', name: 'A', target: 50, actual: 20, weight: 1, history: [1, 2], periods: [{ label: 'Q4', target: 10, actual: 4 }] },
    { id: 'b', name: 'B', target: 45, quality: { discount: 0.1, grossMargin: -0.2, paymentTermBreaches: 2, complaintRate: 0 },
      pipeline: [{ id: 'd1', amount: 9, probability: 0.5, stage: 'proposal', closeDate: '2025-03-01' }] },
  ],
});

/** Values tried in each field of a node: good ones, bad ones and odd ones (NaN, a date that does not exist, extra keys). */
const VALUES: unknown[] = [
  undefined, null, -1, 0, 1.5, Number.NaN, Infinity, '', 'x', 'x'.repeat(201), 'x'.repeat(501), 'org', 'planet', [], [1, 2], [-1], new Array(2),
  {}, { start: '2025-01-01', end: '2025-03-31' }, { start: '2025-03-31', end: '2025-01-01' }, { start: '2025-02-29', end: '2025-03-01' },
  { start: '2025-01-01', end: '2025-03-31', note: 1 }, { discount: 0.5 }, { discount: 2 }, { grossMargin: -3 }, { paymentTermBreaches: 1.5 },
  { complaintRate: 0.1, extra: true }, [{ target: 1, actual: 2 }], [{ target: 1 }], [{ label: 3, target: 1, actual: 1 }],
  [{ amount: 5 }], [{ amount: 5, closeDate: '2025-13-01' }], [{ amount: 5, probability: 1.2 }], [{ amount: 5, id: '' }], [{ amount: 5, x: 1 }],
  [{ id: 'c', name: 'C' }], [{ id: 'c' }], [null],
];
const FIELDS = ['id', 'name', 'target', 'actual', 'split', 'level', 'weight', 'reserve', 'period', 'history', 'periods', 'quality', 'pipeline', 'children', 'extra'];

describe('TargetNodeSchema', () => {
  it('passes a good 10,000-rep tree through as is, checked in one loop without copying it', () => {
    const org = sampleOrg(7, 10_000);
    expect(isGoodTargetTree(org, MAX_TREE_DEPTH)).to.equal(true);
    const parsed = TargetNodeSchema.safeParse(org);
    expect(parsed.success && parsed.data).to.equal(org);
    for (const seed of [1, 3]) expect(isGoodTargetTree(sampleData(seed).targetTree, MAX_TREE_DEPTH)).to.equal(true);
  });

  it('accepts and rejects exactly what the zod shape does, with the same paths and messages', () => {
    let fast = 0;
    for (const field of FIELDS) {
      for (const value of VALUES) {
        const input = tree() as unknown as { children: Record<string, unknown>[] };
        input.children[1]![field] = value;
        const mine = validate(TargetNodeSchema, input);
        const shape = validate(TargetNodeShape, input);
        const what = `children.1.${field} = ${JSON.stringify(value)}`;
        expect(mine.ok, what).to.equal(shape.ok);
        if (mine.ok && shape.ok) expect(mine.data, what).to.deep.equal(shape.data);
        else if (!mine.ok && !shape.ok) expect(mine.issues, what).to.deep.equal(shape.issues);
        if (isGoodTargetTree(input, MAX_TREE_DEPTH)) fast++;
      }
    }
    // Most good variants take the fast loop; the ones with keys the shape strips go through zod.
    expect(fast).to.be.above(30);
    expect(validate(TargetNodeSchema, 'tree')).to.deep.equal(validate(TargetNodeShape, 'tree'));
  });

  it('reports repeated ids at the repeat and trees deeper than 1,000 levels, and takes a 1,000-level chain', () => {
    const dup = validate(TargetNodeSchema, { id: 'x', name: 'X', children: [{ id: 'y', name: 'Y' }, { id: 'x', name: 'Again' }] });
    expect(dup.ok ? [] : dup.issues).to.deep.equal([{ path: 'children.1.id', message: 'duplicate id "x"' }]);
    const chain = (levels: number): TargetNode => {
      const top: TargetNode = { id: 'n0', name: 'Level 0' };
      let node = top;
      for (let i = 1; i < levels; i++) node = (node.children = [{ id: `n${i}`, name: `Level ${i}` }])[0]!;
      return top;
    };
    expect(validate(TargetNodeSchema, chain(MAX_TREE_DEPTH)).ok).to.equal(true);
    const deep = validate(TargetNodeSchema, chain(MAX_TREE_DEPTH + 1));
    expect(deep.ok ? [] : deep.issues).to.deep.equal([{ path: '(root)', message: 'tree is deeper than 1000 levels' }]);
  });
});
