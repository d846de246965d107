import { expect } from 'chai';
import { KPI_IDS } from '@quota/domain';
import {
  barGeometry, barMax, COLUMN_GAP, COLUMN_SPECS, leaderboardColumns, MIN_WIDTH_EM, movementKind, nextIndex, pageCount, pageSizeFor,
  ROW_PADDING, scaleFor, type ColumnId,
} from '../../packages/elements/src/leaderboard/layout.js';
import { durationMs } from '../../packages/elements/src/leaderboard/row-motion.js';

const need = (ids: ColumnId[]) => ids.reduce((s, id) => s + COLUMN_SPECS[id].min, 0) + (ids.length - 1) * COLUMN_GAP + 2 * ROW_PADDING;
const all = { teams: true, flags: true, kpis: true };

describe('leaderboard layout', () => {
  it('leaderboardColumns() puts every column on the row when it fits, in screen order', () => {
    const ids: ColumnId[] = ['rank', 'movement', 'name', 'team', 'attainment', 'amount', 'flags', ...KPI_IDS];
    const l = leaderboardColumns({ widthEm: need(ids), ...all });
    expect(l.primary).to.deep.equal(ids);
    expect(l.secondary).to.deep.equal([]);
    expect(l.template.split(' ').length).to.be.at.least(ids.length);
  });

  it('leaderboardColumns() moves the KPIs, then team, then alerts to the second line as space runs out', () => {
    const noKpis: ColumnId[] = ['rank', 'movement', 'name', 'team', 'attainment', 'amount', 'flags'];
    const a = leaderboardColumns({ widthEm: need(noKpis), ...all });
    expect(a.primary).to.deep.equal(noKpis);
    expect(a.secondary).to.deep.equal([...KPI_IDS]);
    const b = leaderboardColumns({ widthEm: need(['rank', 'movement', 'name', 'attainment', 'amount', 'flags']), ...all });
    expect(b.secondary).to.deep.equal(['team', ...KPI_IDS]);
    const phone = leaderboardColumns({ widthEm: need(['rank', 'movement', 'name', 'attainment']) + 0.1, ...all });
    expect(phone.primary).to.deep.equal(['rank', 'movement', 'name', 'attainment']);
    expect(phone.secondary).to.deep.equal(['team', 'amount', 'flags', ...KPI_IDS]);
  });

  it('leaderboardColumns() always keeps rank, name and attainment, and leaves out absent columns', () => {
    const tiny = leaderboardColumns({ widthEm: 5, teams: false, flags: false, kpis: false });
    expect(tiny.primary).to.deep.equal(['rank', 'name', 'attainment']);
    expect(tiny.secondary).to.deep.equal(['movement', 'amount']);
    expect(tiny.template).to.equal([COLUMN_SPECS.rank.track, COLUMN_SPECS.name.track, COLUMN_SPECS.attainment.track].join(' '));
  });

  it('scaleFor() scales type up on a wall, down when not even the three kept columns fit, and not in between', () => {
    expect(scaleFor(1000, 14)).to.equal(1);
    expect(scaleFor(3840, 14)).to.be.closeTo(3840 / 14 / 120, 1e-9);
    expect(scaleFor(20_000, 14)).to.equal(2.5);
    expect(scaleFor(MIN_WIDTH_EM * 18 * 0.8, 18)).to.be.closeTo(0.8, 1e-9);
    expect(scaleFor(10, 18)).to.equal(0.6);
    expect(scaleFor(0, 14)).to.equal(1);
  });

  it('barMax() and barGeometry() draw attainment on a shared scale past 100%, with tier ticks and pace', () => {
    expect(barMax(null)).to.equal(1.5);
    expect(barMax(1.4)).to.equal(1.5);
    expect(barMax(1.5)).to.equal(1.75);
    expect(barMax(9)).to.equal(3);
    const g = barGeometry(1.2, 1.5, [0, 0.8, 1, 1.2], 0.5);
    expect(g.value).to.be.closeTo(80, 1e-9);
    expect(g.ticks.map((t) => Math.round(t * 100) / 100)).to.deep.equal([53.33, 66.67, 80]);
    expect(g.pace).to.be.closeTo(33.33, 0.01);
    expect(barGeometry(4, 3, [0], null)).to.deep.include({ value: 100, overflow: true, pace: null });
    expect(barGeometry(null, 1.5, [], null).value).to.equal(0);
  });

  it('movementKind() reads +3 as up 3 places, −2 as down, 0 as unchanged and null as new', () => {
    expect(movementKind(3)).to.deep.equal({ kind: 'up', places: 3 });
    expect(movementKind(-2)).to.deep.equal({ kind: 'down', places: 2 });
    expect(movementKind(0)).to.deep.equal({ kind: 'same', places: 0 });
    expect(movementKind(null)).to.deep.equal({ kind: 'new', places: 0 });
  });

  it('pageSizeFor() and pageCount() fit whole rows to a height', () => {
    expect(pageSizeFor(400, 50)).to.equal(8);
    expect(pageSizeFor(399, 50)).to.equal(7);
    expect(pageSizeFor(30, 50)).to.equal(1);
    expect(pageSizeFor(0, 50, 12)).to.equal(12);
    expect(pageCount(48, 8)).to.equal(6);
    expect(pageCount(49, 8)).to.equal(7);
    expect(pageCount(0, 8)).to.equal(1);
  });

  it('nextIndex() moves by arrows, pages and to the ends, and ignores other keys', () => {
    expect(nextIndex('ArrowDown', 0, 5, 3)).to.equal(1);
    expect(nextIndex('ArrowDown', 4, 5, 3)).to.equal(4);
    expect(nextIndex('ArrowUp', 0, 5, 3)).to.equal(0);
    expect(nextIndex('PageDown', 1, 5, 3)).to.equal(4);
    expect(nextIndex('PageUp', 4, 5, 3)).to.equal(1);
    expect(nextIndex('Home', 3, 5, 3)).to.equal(0);
    expect(nextIndex('End', 0, 5, 3)).to.equal(4);
    expect(nextIndex('a', 0, 5, 3)).to.equal(null);
    expect(nextIndex('ArrowDown', 0, 0, 3)).to.equal(null);
  });

  it('durationMs() reads CSS times in seconds and milliseconds (0.3s is 300 ms) and falls back on anything else', () => {
    expect(durationMs('0.3s')).to.equal(300);
    expect(durationMs(' 1.5S ')).to.equal(1500);
    expect(durationMs('250ms')).to.equal(250);
    expect(durationMs('0ms')).to.equal(0);
    expect(durationMs('.6s')).to.equal(600);
    expect(durationMs('400')).to.equal(400);
    expect(durationMs('')).to.equal(300);
    expect(durationMs('fast', 120)).to.equal(120);
    expect(durationMs('-1s')).to.equal(300);
  });
});
