import { expect } from 'chai';
import fc from 'fast-check';
import {
  collectHighlights, rollupTargets, sampleData, TargetNodeSchema, validate, type Highlight, type RolledNode, type TargetNode,
} from '../../packages/domain/src/index.js';

const Q1 = { start: '2025-01-01', end: '2025-03-31' };
const MID_Q1 = '2025-02-14'; // 45/90: pace 0.5

/** Company 1,000 (reserve 50) → East 600 (Alice 300, Bob 300), West 350 (Carol 200, Dan 150). */
function org(): TargetNode {
  return {
    id: 'company', name: 'Company', level: 'company', split: 'org', target: 1000, reserve: 50, period: Q1,
    children: [
      { id: 'east', name: 'East', level: 'team', split: 'org', target: 600, children: [
        { id: 'alice', name: 'Alice', level: 'rep', target: 300, actual: 240 },
        { id: 'bob', name: 'Bob', level: 'rep', target: 300, actual: 120 },
      ] },
      { id: 'west', name: 'West', level: 'team', split: 'org', target: 350, children: [
        { id: 'carol', name: 'Carol', level: 'rep', target: 200, actual: 210 },
        { id: 'dan', name: 'Dan', level: 'rep', target: 150, actual: 45 },
      ] },
    ],
  };
}

const codes = (n: RolledNode): string[] => n.highlights.map((h) => `${h.code}:${h.severity}`);
const find = (n: RolledNode, code: string): Highlight | undefined => n.highlights.find((h) => h.code === code);
const leaf = (over: Partial<TargetNode> = {}): TargetNode => ({ id: 'rep', name: 'Rep', period: Q1, target: 100, ...over });

function chain(levels: number): TargetNode {
  const root: TargetNode = { id: 'n0', name: 'Level 0' };
  let node = root;
  for (let i = 1; i < levels; i++) {
    const next: TargetNode = { id: `n${i}`, name: `Level ${i}` };
    node.children = [next];
    node = next;
  }
  node.target = 10;
  node.actual = 5;
  return root;
}

describe('rollupTargets()', () => {
  it('rolls a three-level org up with hand-computed figures', () => {
    const input = org();
    const before = JSON.stringify(input);
    const r = rollupTargets(input, { asOf: MID_Q1 });
    const [east, west] = r.children as [RolledNode, RolledNode];
    const [alice, bob] = east.children as [RolledNode, RolledNode];
    const [carol, dan] = west.children as [RolledNode, RolledNode];
    // Company: 240 + 120 + 210 + 45 = 615 of 1,000 at half time.
    expect(r).to.include({ id: 'company', name: 'Company', level: 'company', split: 'org', depth: 0, target: 1000, actual: 615, gap: 385 });
    expect(r).to.include({ attainment: 0.615, pace: 0.5, forecast: 1230, allocated: 1000, reserve: 50, mismatch: null });
    expect(r.tier?.id).to.equal('below');
    expect(east).to.include({ depth: 1, actual: 360, attainment: 0.6, gap: 240, forecast: 720, allocated: 600, actualGiven: false, targetGiven: true });
    expect(west).to.include({ actual: 255, gap: 95, forecast: 510, allocated: 350 });
    expect(west.attainment).to.be.closeTo(255 / 350, 1e-15);
    expect(alice).to.include({ depth: 2, attainment: 0.8, forecast: 480, allocated: null, actualGiven: true });
    expect(alice.tier?.id).to.equal('standard');
    expect(carol).to.include({ gap: -10, attainment: 1.05 });
    expect(carol.tier?.id).to.equal('exceeded');
    expect(bob.attainment).to.equal(0.4);
    expect(dan.attainment).to.equal(0.3);
    expect(r.children.map((c) => c.children.map((g) => g.id))).to.deep.equal([['alice', 'bob'], ['carol', 'dan']]);
    // A new tree; the input is left as it was.
    expect(JSON.stringify(input)).to.equal(before);
    expect(r).to.not.equal(input);
    expect(r.children).to.not.equal(input.children);
  });

  it('takes a given parent actual over its children’s sum', () => {
    const input = org();
    input.children![0]!.actual = 500;
    const r = rollupTargets(input);
    expect(r.children[0]).to.include({ actual: 500, actualGiven: true });
    expect(r.actual).to.equal(500 + 255);
  });

  it('derives a missing parent target from its children’s targets plus reserve, without mismatch', () => {
    const input = org();
    delete input.target;
    delete input.children![1]!.target;
    input.children![1]!.reserve = 20;
    const r = rollupTargets(input);
    expect(r.children[1]).to.include({ target: 370, targetGiven: false, allocated: 370, mismatch: null });
    expect(r).to.include({ target: 600 + 370 + 50, targetGiven: false, mismatch: null });
    expect(codes(r)).to.deep.equal([]);
  });

  it('gives a leaf without target a target of 0: no attainment, no tier', () => {
    const r = rollupTargets({ id: 'x', name: 'X', actual: 30 });
    expect(r).to.include({ target: 0, targetGiven: false, actual: 30, attainment: null, tier: null, gap: -30, allocated: null });
    const empty = rollupTargets({ id: 'y', name: 'Y', target: 10, children: [] });
    expect(empty).to.include({ allocated: null, actual: 0, attainment: 0 });
  });

  it('flags a parent over-allocated beyond the 0.5% tolerance with the amount', () => {
    const r = rollupTargets({ id: 'east', name: 'East', target: 1000, children: [{ id: 'a', name: 'A', target: 600 }, { id: 'b', name: 'B', target: 410 }] });
    expect(r.allocated).to.equal(1010);
    expect(r.mismatch).to.deep.equal({ direction: 'over', amount: 10 });
    const h = find(r, 'target-mismatch')!;
    expect(h).to.deep.include({ severity: 'warning', value: 1010, expected: 1000, details: { direction: 'over', amount: 10 } });
    expect(h.subject).to.deep.equal({ kind: 'node', id: 'east', name: 'East' });
    expect(h.message).to.equal('East: the parts add up to 1,010 against a target of 1,000 (over-allocated by 10)');
  });

  it('flags under-allocation only beyond the tolerance (inclusive of the reserve)', () => {
    const node = (b: number, reserve = 0): TargetNode => ({
      id: 'east', name: 'East', target: 1000, reserve, children: [{ id: 'a', name: 'A', target: 600 }, { id: 'b', name: 'B', target: b }],
    });
    expect(rollupTargets(node(397)).mismatch).to.equal(null); // 0.3% under: within 0.5%
    expect(rollupTargets(node(395)).mismatch).to.equal(null); // exactly 0.5%: not beyond
    expect(rollupTargets(node(394)).mismatch).to.deep.equal({ direction: 'under', amount: 6 });
    expect(rollupTargets(node(397), { tolerance: 0.001 }).mismatch).to.deep.equal({ direction: 'under', amount: 3 });
    expect(rollupTargets(node(390, 10)).mismatch).to.equal(null);
    expect(find(rollupTargets(node(300)), 'target-mismatch')?.details).to.deep.equal({ direction: 'under', amount: 100 });
  });

  it('inherits the period and its pace from the nearest ancestor that has one', () => {
    const input = org();
    input.children![1]!.period = { start: '2025-01-01', end: '2025-01-31' }; // West: January, over by 14 Feb
    const r = rollupTargets(input, { asOf: MID_Q1 });
    expect(r.children[0]!.children[1]!.pace).to.equal(0.5);
    expect(r.children[0]!.children[1]!.period).to.deep.equal(Q1);
    expect(r.children[1]!.pace).to.equal(1);
    expect(r.children[1]!.children[0]!).to.include({ pace: 1, forecast: 210 });
    expect(r.children[1]!.children[0]!.period).to.deep.equal({ start: '2025-01-01', end: '2025-01-31' });
  });

  it('counts working days with options.calendar', () => {
    // Q1 2025 has 64 weekdays; 1 Jan – 14 Feb holds 23 + 10 of them.
    const r = rollupTargets(org(), { asOf: MID_Q1, calendar: { workdays: true } });
    expect(r.children[1]!.children[1]!.pace).to.equal(33 / 64);
  });

  it('has no pace and no forecast without asOf or without a period', () => {
    expect(rollupTargets(org())).to.include({ pace: null, forecast: null });
    const noPeriod = org();
    delete noPeriod.period;
    const r = rollupTargets(noPeriod, { asOf: MID_Q1 });
    expect(r.children[0]!.children[1]!).to.include({ pace: null, forecast: null, period: null });
    expect(collectHighlights(r)).to.deep.equal([]);
  });

  it('has pace 0, no forecast and no pace highlights before the period starts', () => {
    const r = rollupTargets(leaf({ actual: 0 }), { asOf: '2024-12-31' });
    expect(r).to.include({ pace: 0, forecast: null });
    expect(codes(r)).to.deep.equal([]);
  });

  describe('highlights', () => {
    it('flags behind-pace below pace × 0.9: a warning, critical under half the pace', () => {
      const r = rollupTargets(org(), { asOf: MID_Q1 });
      const bob = r.children[0]!.children[1]!;
      expect(codes(bob)).to.deep.equal(['behind-pace:warning']);
      expect(find(bob, 'behind-pace')).to.deep.include({ value: 0.4, expected: 0.5, message: 'Bob is at 40% of target, behind the expected pace of 50%' });
      expect(codes(rollupTargets(leaf({ actual: 45 }), { asOf: MID_Q1 }))).to.deep.equal([]); // exactly 0.45 = 0.5 × 0.9
      expect(codes(rollupTargets(leaf({ actual: 20 }), { asOf: MID_Q1 }))[0]).to.equal('behind-pace:critical');
      expect(codes(rollupTargets(leaf({ actual: 40 }), { asOf: MID_Q1, paceTolerance: 0.25 }))).to.deep.equal([]);
    });

    it('flags below-threshold on the run-rate forecast while the period runs', () => {
      const r = rollupTargets(org(), { asOf: MID_Q1 });
      const dan = r.children[1]!.children[1]!; // 45 / 0.5 = 90 of 150: 60%
      expect(codes(dan)).to.deep.equal(['behind-pace:warning', 'below-threshold:warning']);
      expect(find(dan, 'below-threshold')).to.deep.include({
        value: 0.6, expected: 0.8, details: { measure: 'forecast' }, message: 'Dan is forecast to reach 60%, under the 80% threshold',
      });
      // Bob's forecast is exactly 80%: not below.
      expect(find(r.children[0]!.children[1]!, 'below-threshold')).to.equal(undefined);
    });

    it('flags below-threshold as critical on attainment once the period is over', () => {
      const r = rollupTargets(leaf({ actual: 70 }), { asOf: '2025-04-02' });
      expect(codes(r)).to.deep.equal(['below-threshold:critical', 'behind-pace:warning']);
      expect(find(r, 'below-threshold')).to.deep.include({ value: 0.7, details: { measure: 'attainment' }, message: 'Rep is at 70%, under the 80% threshold' });
      expect(codes(rollupTargets(leaf({ actual: 80 }), { asOf: '2025-04-02' }))).to.deep.equal(['behind-pace:warning']);
    });

    it('keeps below-threshold a forecast warning until the period’s last day, even when working days run out first', () => {
      // 2 – 15 June 2025 ends on a Sunday: by Friday the 13th every working day has passed (pace 1), the period has not.
      const june = { start: '2025-06-02', end: '2025-06-15' };
      const rep = leaf({ period: june, actual: 70 });
      const workdays = { workdays: true };
      expect(rollupTargets(rep, { asOf: '2025-06-13', calendar: workdays }).pace).to.equal(1);
      const friday = find(rollupTargets(rep, { asOf: '2025-06-13', calendar: workdays }), 'below-threshold')!;
      expect(friday).to.deep.include({ severity: 'warning', details: { measure: 'forecast' } });
      const sunday = find(rollupTargets(rep, { asOf: '2025-06-15', calendar: workdays }), 'below-threshold')!;
      expect(sunday).to.deep.include({ severity: 'critical', details: { measure: 'attainment' } });
    });

    it('flags an outlier when the actual is far from the node’s own history', () => {
      const history = [100, 102, 98, 101, 99];
      const high = find(rollupTargets(leaf({ actual: 300, history })), 'outlier')!;
      expect(high).to.deep.include({ severity: 'info', value: 300, expected: 100, message: 'Rep (300) is far from its usual 100' });
      expect(high.details!.score).to.be.above(3.5);
      expect(find(rollupTargets(leaf({ actual: 10, history })), 'outlier')?.severity).to.equal('warning');
      expect(find(rollupTargets(leaf({ actual: 103, history })), 'outlier')).to.equal(undefined);
      expect(find(rollupTargets(leaf({ actual: 300, history: [100, 100, 100] })), 'outlier')).to.equal(undefined); // too short
    });

    it('flags a deviation streak with the suggested target in details', () => {
      const periods = [{ target: 100, actual: 100 }, { target: 100, actual: 50 }, { target: 100, actual: 60 }, { target: 100, actual: 55 }];
      const h = find(rollupTargets(leaf({ periods })), 'deviation-streak')!;
      // Mean actual/target 0.55: −45%, capped at −20% of the latest target 100.
      expect(h).to.deep.include({ severity: 'warning', value: -0.2 });
      expect(h.details).to.deep.equal({ length: 3, currentTarget: 100, suggestedTarget: 80, change: -0.2, needsApproval: true });
      expect(h.message).to.equal('Rep missed its target by more than 30% for 3 periods in a row: review the target (suggested change -20%, needs approval)');
      expect(find(rollupTargets(leaf({ periods: periods.slice(0, 3) })), 'deviation-streak')).to.equal(undefined);
    });

    it('flags quality violations with options.qualityRules', () => {
      const r = rollupTargets(leaf({ actual: 150, quality: { discount: 0.3, grossMargin: 0.25 } }));
      expect(codes(r)).to.deep.equal(['quality-violation:warning']);
      expect(find(r, 'quality-violation')).to.deep.include({ value: 0.3, expected: 0.15, details: { rule: 'discount' } });
      expect(codes(rollupTargets(leaf({ quality: { discount: 0.3 } }), { qualityRules: { maxDiscount: 0.4 } }))).to.deep.equal([]);
    });

    it('orders each node’s highlights most serious first and shares one empty list', () => {
      const r = rollupTargets(leaf({ actual: 20, quality: { discount: 0.3 }, history: [100, 102, 98, 101, 99] }), { asOf: MID_Q1 });
      expect(codes(r)).to.deep.equal(['behind-pace:critical', 'below-threshold:warning', 'outlier:warning', 'quality-violation:warning']);
      const quiet = rollupTargets(org());
      expect(quiet.highlights).to.equal(quiet.children[0]!.highlights);
      expect(Object.isFrozen(quiet.highlights)).to.equal(true);
    });

    it('writes the sentences in Chinese for zh-CN', () => {
      const mismatch = rollupTargets(
        { id: 'east', name: '华东区', target: 1000, children: [{ id: 'a', name: 'A', target: 600 }, { id: 'b', name: 'B', target: 410 }] },
        { locale: 'zh-CN' },
      );
      expect(mismatch.highlights[0]!.message).to.equal('华东区:分解合计1,010,目标1,000(超额分配10)');
      const rep = rollupTargets(
        leaf({ name: '张伟', actual: 20, quality: { discount: 0.3 }, periods: [{ target: 100, actual: 50 }, { target: 100, actual: 60 }, { target: 100, actual: 55 }] }),
        { asOf: MID_Q1, locale: 'zh-CN' },
      );
      expect(rep.highlights.map((h) => h.message)).to.deep.equal([
        '张伟达成率20%,落后于预期进度50%',
        '张伟预测达成率40%,低于80%的警戒线',
        '张伟已连续3期低于目标超过30%,建议调整目标(建议幅度-20%,需审批)',
        '张伟违反质量约束:折扣超出授权',
      ]);
    });
  });

  it('rolls a 1,000-level chain (the deepest the schema accepts) up', () => {
    const input = chain(1000);
    const parsed = validate(TargetNodeSchema, input);
    expect(parsed.ok).to.equal(true);
    const r = rollupTargets(input);
    expect(r).to.include({ target: 10, actual: 5, attainment: 0.5, targetGiven: false });
    let node = r;
    while (node.children.length) node = node.children[0]!;
    expect(node).to.include({ id: 'n999', depth: 999 });
  });

  it('is iterative: a 10,000-level chain, which the schema rejects, still works when called directly', () => {
    const input = chain(10_000);
    expect(validate(TargetNodeSchema, input).ok).to.equal(false);
    const r = rollupTargets(input);
    let node = r;
    let count = 1;
    let fives = 1;
    while (node.children.length) {
      node = node.children[0]!;
      count++;
      if (node.actual === 5) fives++;
    }
    expect([count, fives, node.depth, r.target, r.actual]).to.deep.equal([10_000, 10_000, 9_999, 10, 5]);
    expect(collectHighlights(r)).to.deep.equal([]);
  });

  // Speed is measured by `pnpm bench`, not asserted here.
  it('rolls a 10,000-node tree up', () => {
    // 1 company, 10 departments, 100 teams, 9,900 reps.
    const reps = Array.from({ length: 9_900 }, (_, i): TargetNode => ({ id: `r${i}`, name: `Rep ${i}`, target: 100, actual: i % 150 }));
    const teams = Array.from({ length: 100 }, (_, t): TargetNode => ({ id: `t${t}`, name: `Team ${t}`, children: reps.slice(t * 99, (t + 1) * 99) }));
    const depts = Array.from({ length: 10 }, (_, d): TargetNode => ({ id: `d${d}`, name: `Dept ${d}`, children: teams.slice(d * 10, (d + 1) * 10) }));
    const root: TargetNode = { id: 'c', name: 'Company', period: Q1, children: depts };
    const r = rollupTargets(root, { asOf: MID_Q1 });
    expect(r.target).to.equal(990_000);
    expect(r.actual).to.equal(reps.reduce((sum, rep) => sum + rep.actual!, 0));
  });

  it('finds what sampleData() planted: the mismatched team, the outlier, the streak and the breach', () => {
    const data = sampleData(1);
    const found = collectHighlights(rollupTargets(data.targetTree, { asOf: data.asOf }));
    const at = (code: string): string[] => found.filter((x) => x.highlight.code === code).map((x) => x.id);
    expect(at('target-mismatch')).to.deep.equal([data.cast.mismatchTeam]);
    expect(found.find((x) => x.highlight.code === 'target-mismatch')!.highlight.details!.direction).to.equal('over');
    expect(at('outlier')).to.deep.equal([data.cast.outlier]);
    expect(at('deviation-streak')).to.deep.equal([data.cast.streak]);
    expect(at('quality-violation')).to.deep.equal([data.cast.breach]);
  });

  it('keeps nodes with repeated ids apart when called directly (the schema rejects them)', () => {
    const r = rollupTargets({ id: 'p', name: 'P', children: [{ id: 'x', name: 'X1', target: 10, actual: 1 }, { id: 'x', name: 'X2', target: 20, actual: 2 }] });
    expect(r.children.map((c) => [c.name, c.target])).to.deep.equal([['X1', 10], ['X2', 20]]);
    expect(r).to.include({ target: 30, actual: 3 });
  });

  it('rejects negative or non-finite numbers and bad options with the value in the message', () => {
    expect(() => rollupTargets({ id: 'p', name: 'P', children: [{ id: 'x', name: 'X', target: -1 }] })).to.throw(RangeError, 'invalid target -1 of node "x"');
    expect(() => rollupTargets({ id: 'x', name: 'X', actual: NaN })).to.throw(RangeError, 'invalid actual NaN of node "x"');
    expect(() => rollupTargets({ id: 'x', name: 'X', reserve: Infinity })).to.throw(RangeError, 'invalid reserve Infinity of node "x"');
    expect(() => rollupTargets(org(), { tolerance: -0.1 })).to.throw(RangeError, 'invalid tolerance -0.1');
    expect(() => rollupTargets(org(), { asOf: '2025-02-30' })).to.throw(RangeError, 'invalid date "2025-02-30"');
  });

  it('makes every parent’s actual the sum of its children’s when not given', () => {
    // A random tree as parent indices: node i > 0 hangs under a node before it.
    const tree = fc.array(fc.record({ parent: fc.nat(), actual: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: undefined }) }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(tree, (spec) => {
        const nodes: TargetNode[] = spec.map((s, i) => ({ id: `n${i}`, name: `N${i}`, actual: s.actual }));
        for (let i = 1; i < nodes.length; i++) (nodes[spec[i]!.parent % i]!.children ??= []).push(nodes[i]!);
        const r = rollupTargets(nodes[0]!);
        const stack = [r];
        while (stack.length) {
          const node = stack.pop()!;
          if (node.children.length && !node.actualGiven) {
            expect(node.actual).to.equal(node.children.reduce((s, c) => s + c.actual, 0));
          }
          stack.push(...node.children);
        }
      }),
    );
  });
});

describe('collectHighlights()', () => {
  it('lists every highlight most serious first, in tree order, with the path to its node', () => {
    const input = org();
    input.children![1]!.children![1]!.actual = 20; // Dan: 13% at half time → critical
    input.children![1]!.children![0]!.target = 260; // West's parts: 410 of 350 → over
    const all = collectHighlights(rollupTargets(input, { asOf: MID_Q1 }));
    expect(all.map((x) => `${x.id}:${x.highlight.code}:${x.highlight.severity}`)).to.deep.equal([
      'dan:behind-pace:critical',
      'bob:behind-pace:warning',
      'west:target-mismatch:warning',
      'dan:below-threshold:warning',
    ]);
    expect(all[0]).to.deep.include({ path: ['company', 'west', 'dan'], depth: 2 });
    expect(all[2]).to.deep.include({ path: ['company', 'west'], depth: 1 });
    expect(all[2]!.highlight.details).to.deep.equal({ direction: 'over', amount: 60 });
  });

  it('takes any node of a rolled-up tree as its root', () => {
    const r = rollupTargets(org(), { asOf: MID_Q1 });
    expect(collectHighlights(r.children[1]!).map((x) => [x.path, x.depth])).to.deep.equal([[['west', 'dan'], 1], [['west', 'dan'], 1]]);
  });
});
