import { expect } from 'chai';
import { rollupTargets, type TargetNode } from '@quota/domain';
import { Expansion } from '../../packages/elements/src/target-tree/expansion.js';
import { treeKeyAction } from '../../packages/elements/src/target-tree/keys.js';
import { boxHeight, graphLayout, NODE_WIDTH } from '../../packages/elements/src/target-tree/layout.js';
import { attentionNodes, nodesToDepth, openFromIds, visibleRows } from '../../packages/elements/src/target-tree/rows.js';
import { BELOW_FLAGGED, childrenOf, indexTree, pathTo, SELF_FLAGGED, type TreeIndex } from '../../packages/elements/src/target-tree/tree-index.js';
import { foldName, isPrintable, TypeAhead } from '../../packages/elements/src/target-tree/typeahead.js';

const Q1 = { start: '2025-01-01', end: '2025-03-31' };

/** c → (a → a1, a2), (b → b1); only a2 is behind pace. */
function small(): TargetNode {
  return {
    id: 'c', name: 'Company', period: Q1,
    children: [
      { id: 'a', name: 'Alpha', children: [{ id: 'a1', name: 'Ann', target: 100, actual: 50 }, { id: 'a2', name: 'Abe', target: 100, actual: 5 }] },
      { id: 'b', name: 'Beta', children: [{ id: 'b1', name: 'Bob', target: 100, actual: 50 }] },
    ],
  };
}
const index = (node: TargetNode = small()): TreeIndex => indexTree(rollupTargets(node, { asOf: '2025-02-14' }));
const ids = (t: TreeIndex, rows: readonly number[]) => rows.map((i) => t.nodes[i]!.id);

function chain(levels: number): TargetNode {
  const root: TargetNode = { id: 'n0', name: 'n0' };
  let node = root;
  for (let i = 1; i < levels; i++) node = (node.children = [{ id: `n${i}`, name: `n${i}` }])[0]!;
  node.target = 10;
  node.actual = 1;
  return root;
}

describe('target tree parts', () => {
  it('indexTree() lays the tree out in pre-order with subtree ends, positions, set sizes and attention flags', () => {
    const t = index();
    expect(t.nodes.map((n) => n.id)).to.deep.equal(['c', 'a', 'a1', 'a2', 'b', 'b1']);
    expect([...t.parent]).to.deep.equal([-1, 0, 1, 1, 0, 4]);
    expect([...t.end]).to.deep.equal([6, 4, 3, 4, 6, 6]);
    expect([...t.depth]).to.deep.equal([0, 1, 2, 2, 1, 2]);
    expect([...t.pos]).to.deep.equal([1, 1, 1, 2, 2, 1]);
    expect([...t.size]).to.deep.equal([1, 2, 2, 2, 2, 1]);
    expect(t.flags[3]! & SELF_FLAGGED).to.equal(SELF_FLAGGED);
    expect(t.flags[1]! & BELOW_FLAGGED).to.equal(BELOW_FLAGGED);
    expect(t.flags[0]! & BELOW_FLAGGED).to.equal(BELOW_FLAGGED);
    expect(t.flags[4]).to.equal(0);
    expect(ids(t, childrenOf(t, 0))).to.deep.equal(['a', 'b']);
    expect(ids(t, pathTo(t, 3))).to.deep.equal(['c', 'a', 'a2']);
  });

  it('visibleRows() shows open nodes’ children only, from any root', () => {
    const t = index();
    expect(ids(t, visibleRows(t, 0, openFromIds(t, new Set(['c']))))).to.deep.equal(['c', 'a', 'b']);
    expect(ids(t, visibleRows(t, 0, openFromIds(t, new Set(['c', 'b']))))).to.deep.equal(['c', 'a', 'b', 'b1']);
    expect(ids(t, visibleRows(t, 1, openFromIds(t, new Set(['a']))))).to.deep.equal(['a', 'a1', 'a2']);
    expect(ids(t, visibleRows(t, 0, openFromIds(t, new Set(['a']))))).to.deep.equal(['c']);
  });

  it('nodesToDepth() opens that many levels; attentionNodes() opens the paths to highlighted nodes', () => {
    const t = index();
    expect(ids(t, nodesToDepth(t, 0, 1))).to.deep.equal(['c']);
    expect(ids(t, nodesToDepth(t, 0, 2))).to.deep.equal(['c', 'a', 'b']);
    expect(ids(t, nodesToDepth(t, 4, 5))).to.deep.equal(['b']);
    expect(ids(t, attentionNodes(t, 0))).to.deep.equal(['c', 'a']);
    expect(t.byId.get('b1')).to.equal(5);
    expect(t.byId.get('nope')).to.equal(undefined);
  });

  it('Expansion keeps open nodes across data, opens attention paths and restores what was open after', () => {
    const e = new Expansion();
    const t = index();
    e.sync(t, 1, false);
    expect(ids(t, visibleRows(t, 0, e.open))).to.deep.equal(['c', 'a', 'b']);
    e.set(4, true);
    const t2 = index();
    e.sync(t2, 1, false);
    expect(ids(t2, visibleRows(t2, 0, e.open))).to.deep.equal(['c', 'a', 'b', 'b1']);
    e.sync(t2, 1, true);
    expect(ids(t2, visibleRows(t2, 0, e.open))).to.deep.equal(['c', 'a', 'a1', 'a2', 'b', 'b1']);
    e.sync(t2, 1, false);
    expect(ids(t2, visibleRows(t2, 0, e.open))).to.deep.equal(['c', 'a', 'b', 'b1']);
    e.openSiblings(1);
    expect(ids(t2, visibleRows(t2, 0, e.open))).to.deep.equal(['c', 'a', 'a1', 'a2', 'b', 'b1']);
  });

  it('walks a 1,000-level chain without recursion', () => {
    const t = index(chain(1000));
    expect(t.nodes).to.have.length(1000);
    expect(t.depth[999]).to.equal(999);
    const e = new Expansion();
    e.sync(t, 1000, true);
    expect(visibleRows(t, 0, e.open)).to.have.length(1000);
    expect(pathTo(t, 999)).to.have.length(1000);
  });

  it('treeKeyAction() maps the APG tree keys', () => {
    const t = index();
    const open = openFromIds(t, new Set(['c', 'a']));
    const rows = visibleRows(t, 0, open); // c a a1 a2 b
    const act = (key: string, row: number, extra = {}) => treeKeyAction({ key, ...extra }, t, rows, row, open);
    expect(act('ArrowDown', 0)).to.deep.equal({ kind: 'focus', node: 1 });
    expect(act('ArrowDown', 4)).to.equal(null);
    expect(act('ArrowUp', 2)).to.deep.equal({ kind: 'focus', node: 1 });
    expect(act('Home', 3)).to.deep.equal({ kind: 'focus', node: 0 });
    expect(act('End', 0)).to.deep.equal({ kind: 'focus', node: 4 });
    expect(act('ArrowRight', 1)).to.deep.equal({ kind: 'focus', node: 2 });
    expect(act('ArrowRight', 4)).to.deep.equal({ kind: 'open', node: 4 });
    expect(act('ArrowRight', 2)).to.equal(null);
    expect(act('ArrowLeft', 1)).to.deep.equal({ kind: 'close', node: 1 });
    expect(act('ArrowLeft', 3)).to.deep.equal({ kind: 'focus', node: 1 });
    expect(act('ArrowLeft', 4)).to.deep.equal({ kind: 'focus', node: 0 });
    expect(act('Enter', 2)).to.deep.equal({ kind: 'select', node: 2 });
    expect(act(' ', 2)).to.deep.equal({ kind: 'select', node: 2 });
    // Inside a type-ahead search Space is a character, not a selection.
    expect(treeKeyAction({ key: ' ' }, t, rows, 2, open, true)).to.equal(null);
    expect(treeKeyAction({ key: 'Enter' }, t, rows, 2, open, true)).to.deep.equal({ kind: 'select', node: 2 });
    expect(act('Enter', 1, { shiftKey: true })).to.deep.equal({ kind: 'drill', node: 1 });
    expect(act('Enter', 2, { shiftKey: true })).to.equal(null);
    expect(act('Backspace', 2)).to.deep.equal({ kind: 'drill-up' });
    expect(act('*', 2)).to.deep.equal({ kind: 'open-siblings', node: 2 });
    expect(act('ArrowDown', 0, { ctrlKey: true })).to.equal(null);
    expect(act('a', 0)).to.equal(null);
  });

  it('TypeAhead finds the next name with the typed prefix, cycles on a repeated letter and reads CJK', () => {
    const names = ['company', 'alpha', 'ann', 'abe', 'beta', '华东', '华南'];
    const at = (row: number) => names[row]!;
    expect(TypeAhead.find('a', names.length, 0, at)).to.equal(1);
    expect(TypeAhead.find('a', names.length, 1, at)).to.equal(2);
    expect(TypeAhead.find('aa', names.length, 2, at)).to.equal(3);
    expect(TypeAhead.find('an', names.length, 1, at)).to.equal(2);
    expect(TypeAhead.find('al', names.length, 1, at)).to.equal(1);
    expect(TypeAhead.find('c', names.length, 4, at)).to.equal(0);
    expect(TypeAhead.find('华', names.length, 0, at)).to.equal(5);
    expect(TypeAhead.find('华南', names.length, 5, at)).to.equal(6);
    expect(TypeAhead.find('z', names.length, 0, at)).to.equal(-1);
    const typing = new TypeAhead();
    expect(typing.type('A', 1000, 'en-US')).to.equal('a');
    expect(typing.type('n', 1200, 'en-US')).to.equal('an');
    expect(typing.type('b', 2000, 'en-US')).to.equal('b');
    // Space extends a fresh search ("new y"); after the pause it is not the search's (it selects).
    expect(typing.takes(' ', 2400)).to.equal(true);
    expect(typing.type(' ', 2400, 'en-US')).to.equal('b ');
    expect(typing.type('Y', 2600, 'en-US')).to.equal('b y');
    expect(typing.takes(' ', 3200)).to.equal(false);
    expect(new TypeAhead().takes(' ', 0)).to.equal(false);
    expect(TypeAhead.find('new y', 3, 0, (r) => ['new delhi', 'newark', 'new york'][r]!)).to.equal(2);
    expect(foldName('Ｂeta', 'en-US')).to.equal('beta');
    expect(['a', '华', 'é', '7'].every(isPrintable)).to.equal(true);
    expect(['Enter', ' ', '*', 'ArrowDown', 'Tab'].some(isPrintable)).to.equal(false);
  });

  it('graphLayout() puts each level one column right, boxes stacked without overlap by their own heights, links from parent to child', () => {
    const t = index();
    const open = openFromIds(t, new Set(['c', 'a', 'b']));
    const height = (i: number) => boxHeight(i === 3 ? 9 : 5);
    const g = graphLayout({ root: 0, height, children: (i) => (open[i] ? childrenOf(t, i) : null) });
    expect(g.nodes.map((n) => t.nodes[n.node]!.id)).to.deep.equal(['c', 'a', 'a1', 'a2', 'b', 'b1']);
    const at = (id: string) => g.nodes.find((n) => t.nodes[n.node]!.id === id)!;
    expect(at('c').x).to.equal(0);
    expect(at('a').x).to.be.above(NODE_WIDTH);
    expect(at('a1').x).to.equal(at('a2').x);
    expect(at('a2').height).to.equal(boxHeight(9));
    // Same column: each box starts below the one before it ends.
    const column = g.nodes.filter((n) => n.x === at('a1').x).sort((p, q) => p.y - q.y);
    for (let k = 1; k < column.length; k++) expect(column[k]!.y).to.be.at.least(column[k - 1]!.y + column[k - 1]!.height);
    expect(Math.min(...g.nodes.map((n) => n.y))).to.be.closeTo(0, 1e-9);
    expect(g.height).to.be.closeTo(Math.max(...g.nodes.map((n) => n.y + n.height)), 1e-9);
    expect(g.width).to.equal(at('a1').x + NODE_WIDTH);
    expect(g.links.map((l) => `${t.nodes[l.source]!.id}>${t.nodes[l.target]!.id}`)).to.deep.equal(['c>a', 'a>a1', 'a>a2', 'c>b', 'b>b1']);
    // From the middle of the root's right edge.
    const mid = at('c').y + at('c').height / 2;
    const [x0, y0] = /^M([\d.]+),([\d.]+)/.exec(g.links[0]!.d)!.slice(1).map(Number);
    expect(x0).to.equal(NODE_WIDTH);
    expect(y0).to.be.closeTo(mid, 1e-3);
  });
});
