import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msToNextMinute } from './layout.js';

/**
 * A wall clock: `now` moves on at the start of every minute and the host
 * re-renders (the clock and every "updated 2 minutes ago" with it). One
 * timeout at a time, realigned to the minute at each tick; none while
 * disconnected.
 */
export class ClockController implements ReactiveController {
  now = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.now = Date.now();
    this.arm();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.now = Date.now();
      this.host.requestUpdate();
      this.arm();
    }, msToNextMinute(Date.now()));
  }
}

const formats = new Map<string, { time: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();
let last = { key: '', text: { time: '', date: '' } };

/** The clock's time (e.g. `2:05 PM` / `14:05`) and date (`Friday, February 14` / `2月14日星期五`), in `locale` and `timeZone` (the device's when absent or unknown). */
export function clockText(now: number, locale: string, timeZone?: string): { time: string; date: string } {
  const key = `${locale}|${timeZone ?? ''}`;
  // A wall renders on every data update; the text changes once a minute.
  const at = `${key}|${Math.floor(now / 60_000)}`;
  if (last.key === at) return last.text;
  let f = formats.get(key);
  if (!f) {
    const make = (zone: string | undefined) => ({
      time: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone }),
      date: new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: zone }),
    });
    try {
      f = make(timeZone || undefined);
    } catch {
      f = make(undefined);
    }
    formats.set(key, f);
  }
  const d = new Date(now);
  last = { key: at, text: { time: f.time.format(d), date: f.date.format(d) } };
  return last.text;
}
