import { expect } from 'chai';
import fc from 'fast-check';
import {
  competitionRanks, DEFAULT_KPI_TARGETS, rankLeaderboard, type LeaderboardData, type LeaderboardEntry, type RankedEntry,
} from '../../packages/domain/src/index.js';

const rep = (id: string, target: number, actual: number, more: Partial<LeaderboardEntry> = {}): LeaderboardEntry => ({
  id, name: id.toUpperCase(), target, actual, ...more,
});
const board = (entries: LeaderboardEntry[], more: Partial<LeaderboardData> = {}): LeaderboardData => ({ entries, asOf: '2025-06-30', ...more });
const ids = (rows: RankedEntry[]) => rows.map((r) => r.id);
const rankList = (rows: RankedEntry[]) => rows.map((r) => r.rank);
const withBadge = (rows: RankedEntry[], badge: string) => rows.filter((r) => r.badges.includes(badge as never)).map((r) => r.id);

describe('rankLeaderboard()', () => {
  it('ranks by attainment with shared ranks for ties (1, 2, 2, 4), bigger amount first within a tie', () => {
    const rows = rankLeaderboard(board([rep('d', 100, 50), rep('c', 50, 45), rep('a', 100, 120), rep('b', 100, 90)]));
    expect(ids(rows)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(rankList(rows)).to.deep.equal([1, 2, 2, 4]);
    expect(rows.map((r) => r.attainment)).to.deep.equal([1.2, 0.9, 0.9, 0.5]);
    expect(rows.map((r) => r.tier!.id)).to.deep.equal(['outstanding', 'standard', 'standard', 'below']);
  });

  it('ties on equal ratios of different numbers (30/60 and 50/100), as division is correctly rounded', () => {
    const rows = rankLeaderboard(board([rep('x', 3, 1), rep('y', 60, 30), rep('z', 100, 50), rep('w', 30, 10)]));
    expect(rankList(rows)).to.deep.equal([1, 1, 3, 3]);
    expect(ids(rows)).to.deep.equal(['z', 'y', 'w', 'x']);
  });

  it('orders a full tie by name in the locale, then by id', () => {
    const names = [rep('3', 100, 80, { name: '张伟' }), rep('1', 100, 80, { name: '王芳' }), rep('2', 100, 80, { name: '李娜' }), rep('0', 100, 80, { name: '李娜' })];
    expect(ids(rankLeaderboard(board(names), { locale: 'zh-CN' }))).to.deep.equal(['0', '2', '1', '3']); // li, li, wang, zhang
    const en = [rep('b', 100, 80, { name: 'bob' }), rep('a', 100, 80, { name: 'Ann' })];
    expect(ids(rankLeaderboard(board(en)))).to.deep.equal(['a', 'b']);
  });

  it('puts entries without attainment (target 0) after all others, sharing one rank', () => {
    const rows = rankLeaderboard(board([rep('z1', 0, 10), rep('a', 100, 1), rep('z2', 0, 500), rep('b', 100, 50)]));
    expect(ids(rows)).to.deep.equal(['b', 'a', 'z2', 'z1']);
    expect(rankList(rows)).to.deep.equal([1, 2, 3, 3]);
    expect(rows[2]).to.include({ attainment: null, tier: null });
  });

  it('ranks by amount when asked in the options or the data, options first', () => {
    const entries = [rep('a', 100, 90), rep('b', 1000, 300), rep('c', 0, 300)];
    expect(ids(rankLeaderboard(board(entries, { rankBy: 'amount' })))).to.deep.equal(['b', 'c', 'a']);
    expect(rankList(rankLeaderboard(board(entries), { rankBy: 'amount' }))).to.deep.equal([1, 1, 3]);
    expect(ids(rankLeaderboard(board(entries, { rankBy: 'amount' }), { rankBy: 'attainment' }))).to.deep.equal(['a', 'b', 'c']);
  });

  it('gives movement as previousRank − rank and marks entries without a previous rank new', () => {
    const rows = rankLeaderboard(board([rep('a', 100, 100, { previousRank: 3 }), rep('b', 100, 90, { previousRank: 1 }), rep('c', 100, 80, { previousRank: null }), rep('d', 100, 70)]));
    expect(rows.map((r) => r.movement)).to.deep.equal([2, -1, null, null]);
    expect(rows.map((r) => r.isNew)).to.deep.equal([false, false, true, true]);
  });

  it('makes every entry ranked 1 champion, but nobody champion of nothing', () => {
    const rows = rankLeaderboard(board([rep('a', 100, 110), rep('b', 200, 220), rep('c', 100, 50)]));
    expect(withBadge(rows, 'champion')).to.deep.equal(['b', 'a']);
    expect(withBadge(rankLeaderboard(board([rep('a', 100, 0), rep('b', 100, 0)])), 'champion')).to.deep.equal([]);
    expect(withBadge(rankLeaderboard(board([rep('a', 0, 10)])), 'champion')).to.deep.equal([]);
  });

  it('gives the newcomer badge to the best-ranked reps under 6 months of tenure (ties share it)', () => {
    const rows = rankLeaderboard(board([
      rep('vet', 100, 150, { tenureMonths: 36 }),
      rep('n1', 100, 90, { tenureMonths: 2 }),
      rep('n2', 100, 90, { hireDate: '2025-01-01' }), // 5 whole months by 30 Jun
      rep('n3', 100, 80, { tenureMonths: 1 }),
      rep('unknown', 100, 95),
    ]));
    expect(withBadge(rows, 'newcomer')).to.deep.equal(['n1', 'n2']);
    expect(withBadge(rankLeaderboard(board([rep('a', 100, 90, { hireDate: '2024-12-30' })])), 'newcomer')).to.deep.equal([]); // 6 months
    expect(withBadge(rankLeaderboard(board([rep('a', 100, 90, { tenureMonths: 7 })]), { newcomerMonths: 12 }), 'newcomer')).to.deep.equal(['a']);
    expect(withBadge(rankLeaderboard(board([rep('a', 100, 0, { tenureMonths: 1 })])), 'newcomer')).to.deep.equal([]);
  });

  it('gives most-improved to the largest positive rank gain, shared on a tie, and to nobody without a gain', () => {
    const rows = rankLeaderboard(board([
      rep('a', 100, 100, { previousRank: 4 }), // 1: +3
      rep('b', 100, 90, { previousRank: 5 }), // 2: +3
      rep('c', 100, 80, { previousRank: 3 }), // 3: 0
      rep('d', 100, 70), // new
    ]));
    expect(withBadge(rows, 'most-improved')).to.deep.equal(['a', 'b']);
    expect(rows[0]!.badges).to.deep.equal(['champion', 'most-improved']);
    expect(withBadge(rankLeaderboard(board([rep('a', 100, 90, { previousRank: 1 })])), 'most-improved')).to.deep.equal([]);
  });

  it('flags a result bought with excessive discounts even at the top', () => {
    const [top] = rankLeaderboard(board([rep('a', 100, 150, { name: 'Ann', quality: { discount: 0.3, grossMargin: 0.3 } })]));
    expect(top!.highlights).to.have.length(1);
    expect(top!.highlights[0]).to.deep.include({
      code: 'quality-violation', severity: 'warning', value: 0.3, expected: 0.15,
      subject: { kind: 'rep', id: 'a', name: 'Ann' }, message: 'Ann breaks a quality rule: discount beyond authorisation',
    });
    const loose = rankLeaderboard(board([rep('a', 100, 150, { quality: { discount: 0.3 } })], { qualityRules: { maxDiscount: 0.35 } }));
    expect(loose[0]!.highlights).to.deep.equal([]);
  });

  it('flags attainment under 80% once the period is over, or always without a period', () => {
    const entries = [rep('a', 100, 79, { name: 'Ann' }), rep('b', 100, 80), rep('z', 0, 5)];
    const over = rankLeaderboard(board(entries, { period: { start: '2025-06-01', end: '2025-06-30' } }));
    const flagged = over.filter((r) => r.highlights.some((h) => h.code === 'below-threshold'));
    expect(ids(flagged)).to.deep.equal(['a']);
    expect(flagged[0]!.highlights[0]).to.include({ severity: 'warning', value: 0.79, expected: 0.8, message: 'Ann is at 79%, under the 80% threshold' });
    const running = rankLeaderboard(board(entries, { period: { start: '2025-06-01', end: '2025-06-30' }, asOf: '2025-06-29' }));
    expect(running.every((r) => r.highlights.length === 0)).to.equal(true);
    const noPeriod = rankLeaderboard(board(entries));
    expect(noPeriod.find((r) => r.id === 'a')!.highlights.map((h) => h.code)).to.deep.equal(['below-threshold']);
    expect(rankLeaderboard(board(entries), { locale: 'zh-CN' }).find((r) => r.id === 'a')!.highlights[0]!.message).to.equal('Ann为79%,低于80%的警戒线');
  });

  it('flags an actual far from its own history: a drop as a warning, a surge as info', () => {
    const history = [100, 102, 98, 101, 99, 100];
    const [drop] = rankLeaderboard(board([rep('a', 100, 20, { history, name: 'Ann' })]), { belowThreshold: 0 });
    expect(drop!.highlights).to.have.length(1);
    expect(drop!.highlights[0]).to.include({ code: 'outlier', severity: 'warning', value: 20, expected: 100, message: 'Ann (20) is far from its usual 100' });
    const [surge] = rankLeaderboard(board([rep('a', 100, 300, { history })]));
    expect(surge!.highlights[0]).to.include({ code: 'outlier', severity: 'info' });
    const [usual] = rankLeaderboard(board([rep('a', 100, 101, { history })]));
    expect(usual!.highlights).to.deep.equal([]);
  });

  it('lists the most serious highlight first', () => {
    const [row] = rankLeaderboard(board([rep('a', 100, 20, { history: [100, 102, 98, 101, 99, 100], quality: { complaintRate: 0.1 } })]));
    expect(row!.highlights.map((h) => h.code)).to.deep.equal(['quality-violation', 'below-threshold', 'outlier']);
  });

  it('checks process KPIs against the seed targets, or the data\'s, or the options\'', () => {
    const kpis = { weeklyVisits: 5, monthlyOpportunities: 12, opportunityToProposal: 0.65, proposalToWon: 0.3 };
    const [row] = rankLeaderboard(board([rep('a', 100, 100, { kpis })]));
    expect(row!.kpis).to.deep.equal([
      { id: 'weeklyVisits', value: 5, target: 5, met: true },
      { id: 'monthlyOpportunities', value: 12, target: 15, met: false },
      { id: 'opportunityToProposal', value: 0.65, target: 0.6, met: true },
      { id: 'proposalToWon', value: 0.3, target: 0.4, met: false },
    ]);
    const custom = rankLeaderboard(board([rep('a', 100, 100, { kpis: { monthlyOpportunities: 12 } })], { kpiTargets: { monthlyOpportunities: 10 } }));
    expect(custom[0]!.kpis).to.deep.equal([{ id: 'monthlyOpportunities', value: 12, target: 10, met: true }]);
    const opt = rankLeaderboard(board([rep('a', 100, 100, { kpis: { weeklyVisits: 4 } })]), { kpiTargets: { weeklyVisits: 4 } });
    expect(opt[0]!.kpis[0]!.met).to.equal(true);
    expect(rankLeaderboard(board([rep('a', 100, 100)]))[0]!.kpis).to.deep.equal([]);
    expect(DEFAULT_KPI_TARGETS).to.deep.equal({ weeklyVisits: 5, monthlyOpportunities: 15, opportunityToProposal: 0.6, proposalToWon: 0.4 });
  });

  it('keeps the entry fields and returns nothing for no entries', () => {
    const [row] = rankLeaderboard(board([rep('a', 100, 90, { team: 'East', previousRank: 2 })]));
    expect(row).to.include({ id: 'a', name: 'A', team: 'East', target: 100, actual: 90, previousRank: 2, rank: 1, movement: 1 });
    expect(rankLeaderboard(board([]))).to.deep.equal([]);
  });

  it('rejects an unknown rankBy and a negative newcomerMonths', () => {
    expect(() => rankLeaderboard(board([]), { rankBy: 'name' as never })).to.throw(RangeError, /invalid rankBy "name"/);
    expect(() => rankLeaderboard(board([]), { newcomerMonths: -1 })).to.throw(RangeError, /invalid newcomerMonths -1/);
  });

  it('ranks so that each rank is 1 + the number strictly better, ties share, ranks never decrease', () => {
    const entry = fc.record({
      target: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 })),
      actual: fc.integer({ min: 0, max: 30 }),
      previousRank: fc.option(fc.integer({ min: 1, max: 40 })),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.constantFrom('attainment', 'amount'), (list, rankBy) => {
        const entries = list.map((e, i) => rep(`r${i}`, e.target, e.actual, { previousRank: e.previousRank }));
        const rows = rankLeaderboard(board(entries), { rankBy: rankBy as 'attainment' | 'amount' });
        const value = (e: { target: number; actual: number }) =>
          rankBy === 'amount' ? e.actual : e.target > 0 ? e.actual / e.target : -Infinity;
        if (rows.length !== entries.length || new Set(ids(rows)).size !== entries.length) return false;
        return rows.every((row, i) => {
          const better = entries.filter((e) => value(e) > value(row)).length;
          const prev = rows[i - 1];
          return (
            row.rank === 1 + better &&
            (!prev || prev.rank <= row.rank) &&
            (!prev || (prev.rank === row.rank) === (value(prev) === value(row))) &&
            row.movement === (row.previousRank == null ? null : row.previousRank - row.rank)
          );
        });
      }),
    );
  });

  // Speed is measured by `pnpm bench`, not asserted here.
  it('ranks 100,000 entries', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => rep(`r${i}`, 1000 + (i % 97), (i * 7919) % 1500, { previousRank: (i % 500) + 1 }));
    const rows = rankLeaderboard(board(entries));
    expect(rows).to.have.length(100_000);
    expect(rows[0]!.rank).to.equal(1);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.rank >= rows[i - 1]!.rank).to.equal(true);
  });
});

describe('competitionRanks()', () => {
  it('ranks higher keys first with shared ranks (1, 2, 2, 4) and keeps input order within a tie', () => {
    const { order, ranks } = competitionRanks([5, 9, 7, 7, 1]);
    expect([...order]).to.deep.equal([1, 2, 3, 0, 4]);
    expect([...ranks]).to.deep.equal([4, 1, 2, 2, 5]);
  });

  it('tells apart keys that differ only in their last bits, ties -0 with 0 and puts NaN with -Infinity last', () => {
    const tiny = 1 + 2 ** -40;
    const { order, ranks } = competitionRanks([1, NaN, tiny, -0, 0, -Infinity, Infinity, -1e-300]);
    expect([...order]).to.deep.equal([6, 2, 0, 3, 4, 7, 1, 5]);
    expect([...ranks]).to.deep.equal([3, 7, 2, 4, 4, 7, 1, 6]);
  });

  it('orders a tie with the tie-break, never across ranks', () => {
    const { order } = competitionRanks([1, 2, 1, 2], (a, b) => b - a);
    expect([...order]).to.deep.equal([3, 1, 2, 0]);
  });

  it('gives every key 1 + the number of keys strictly greater, best first, for any doubles', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 })), { maxLength: 60 }), (keys) => {
        const clean = keys.map((k) => (Number.isNaN(k) ? -Infinity : k));
        const { order, ranks } = competitionRanks(keys);
        if (new Set(order).size !== keys.length) return false;
        return [...order].every((i, p) => {
          const prev = p > 0 ? order[p - 1]! : -1;
          return (
            ranks[i] === 1 + clean.filter((k) => k > clean[i]!).length &&
            (prev < 0 || clean[prev]! > clean[i]! || (clean[prev] === clean[i] && prev < i))
          );
        });
      }),
    );
  });
});
