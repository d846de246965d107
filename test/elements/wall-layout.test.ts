import { expect } from 'chai';
import { summarize, type WidgetRecord } from '../../packages/elements/src/wall/freshness.js';
import { burnInOffset, fitScale, floorAge, keyAction, msToNextMinute, periodMs, wallSettings, wrapIndex } from '../../packages/elements/src/wall/layout.js';

const rec = (r: Partial<WidgetRecord>): WidgetRecord => ({ receivedAt: undefined, source: 'src', failing: false, ...r });

describe('wall layout helpers', () => {
  it('wrapIndex() wraps both ways and is 0 with no boards', () => {
    expect([-4, -1, 0, 1, 2, 3, 7].map((i) => wrapIndex(i, 3))).to.deep.equal([2, 2, 0, 1, 2, 0, 1]);
    expect(wrapIndex(5, 0)).to.equal(0);
    expect(wrapIndex(Number.NaN, 3)).to.equal(0);
  });

  it('burnInOffset() visits eight places within the amplitude, whole px, back to the start after eight', () => {
    const points = Array.from({ length: 8 }, (_, i) => burnInOffset(i + 1, 4));
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).to.equal(8);
    for (const p of points) {
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).to.equal(true);
      expect(Math.hypot(p.x, p.y)).to.be.at.most(4.5).and.at.least(3.5);
    }
    expect(burnInOffset(9, 4)).to.deep.equal(burnInOffset(1, 4));
    // Neighbouring steps jump across the circle, not to the next pixel.
    for (let i = 1; i < 8; i++) expect(Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y)).to.be.above(4);
    expect(burnInOffset(0, 4)).to.deep.equal({ x: 0, y: 0 });
    expect(burnInOffset(3, 0)).to.deep.equal({ x: 0, y: 0 });
  });

  it('msToNextMinute() aims at the next minute and never ticks twice in one', () => {
    const minute = Date.UTC(2025, 1, 14, 9, 30);
    expect(msToNextMinute(minute + 12_345)).to.equal(60_000 - 12_345);
    expect(msToNextMinute(minute)).to.equal(60_000);
    expect(msToNextMinute(minute + 59_500)).to.equal(60_500);
  });

  it('floorAge() floors to the unit shown, so 90 s reads “1 minute”', () => {
    expect(floorAge(90_000)).to.equal(60_000);
    expect(floorAge(59 * 60_000 + 59_000)).to.equal(59 * 60_000);
    expect(floorAge(90 * 60_000)).to.equal(3_600_000);
    expect(floorAge(36 * 3_600_000)).to.equal(86_400_000);
    expect(floorAge(-5)).to.equal(0);
  });

  it('keyAction() maps arrows, Page Up/Down, Home/End, Space and a remote’s media keys', () => {
    const keys = ['ArrowRight', 'ArrowDown', 'PageDown', 'MediaTrackNext', 'ArrowLeft', 'ArrowUp', 'PageUp', 'MediaTrackPrevious', 'Home', 'End', ' ', 'MediaPlayPause', 'Enter', 'a'];
    expect(keys.map(keyAction)).to.deep.equal(['next', 'next', 'next', 'next', 'previous', 'previous', 'previous', 'previous', 'first', 'last', 'toggle', 'toggle', undefined, undefined]);
  });

  it('periodMs() turns seconds into a timer period: off when absent, 0 or not a number; floored at 50 ms', () => {
    expect([undefined, 0, -3, Number.NaN].map((s) => periodMs(s))).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(periodMs(20)).to.equal(20_000);
    expect(periodMs(0.001)).to.equal(50);
    expect(periodMs(0.001, 0)).to.equal(1);
  });
});

describe('fitScale()', () => {
  it('is 1 when the board fits, shrinks a taller one to the screen, and is 0 (scroll) below the floor', () => {
    expect(fitScale(800, 700)).to.equal(1);
    expect(fitScale(800, 801)).to.equal(1);
    expect(fitScale(800, 1000)).to.equal(0.8);
    expect(fitScale(800, 1600)).to.equal(0.5);
    expect(fitScale(800, 4000)).to.equal(0);
    expect(fitScale(800, 4000, 0.2)).to.equal(0.2);
    expect(fitScale(800, 2000, 0.25)).to.equal(0.4);
    expect(fitScale(0, 500)).to.equal(1);
  });
});

describe('summarize() (a board’s data age)', () => {
  const now = 1_000_000_000;

  it('is waiting before any widget reported, and fresh with the oldest widget’s time', () => {
    expect(summarize([], now)).to.deep.equal({ state: 'waiting', updatedAt: undefined, stale: 0, failed: 0, widgets: 0 });
    const s = summarize([rec({ receivedAt: now - 1000 }), rec({ receivedAt: now - 90_000 }), rec({ receivedAt: now - 5 })], now);
    expect(s).to.deep.include({ state: 'fresh', updatedAt: now - 90_000, widgets: 3 });
  });

  it('is stale when a widget with data is failing, failed when one has none', () => {
    expect(summarize([rec({ receivedAt: now - 1000, failing: true }), rec({ receivedAt: now })], now)).to.deep.include({ state: 'stale', stale: 1 });
    expect(summarize([rec({ failing: true }), rec({ receivedAt: now, failing: true })], now)).to.deep.include({ state: 'failed', failed: 1, stale: 1 });
  });

  it('counts src data older than stale-after as stale, never data the host pushed', () => {
    const old = now - 10 * 60_000;
    expect(summarize([rec({ receivedAt: old })], now, 5 * 60_000).state).to.equal('stale');
    expect(summarize([rec({ receivedAt: old })], now, 0).state).to.equal('fresh');
    expect(summarize([rec({ receivedAt: old, source: 'data' })], now, 5 * 60_000).state).to.equal('fresh');
  });
});

describe('wallSettings()', () => {
  it('hands the provider’s settings on with the wall’s own over them, and tv unless either names a theme', () => {
    expect(wallSettings({}, undefined)).to.deep.equal({ theme: 'tv' });
    expect(wallSettings({ locale: 'zh-CN' }, { locale: 'en-US', currency: 'CNY' })).to.deep.equal({ locale: 'zh-CN', currency: 'CNY', theme: 'tv' });
    expect(wallSettings({}, { theme: 'light' }).theme).to.equal('light');
    expect(wallSettings({ theme: 'dark', asOf: undefined }, { theme: 'light', asOf: '2025-02-14' })).to.deep.equal({ theme: 'dark', asOf: '2025-02-14' });
  });
});
