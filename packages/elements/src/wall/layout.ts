// Pure helpers of the wall: no DOM, no timers (tested on their own).
import type { QuotaSettings } from '../core/settings.js';

/** `i` wrapped into 0 … n-1 (0 when there is nothing to show). */
export function wrapIndex(i: number, n: number): number {
  if (n <= 0 || !Number.isFinite(i)) return 0;
  const k = Math.trunc(i);
  return ((k % n) + n) % n;
}

/**
 * The burn-in offset for shift number `step`: a point on a circle of radius
 * `amplitude` px, rounded to whole px, turning 135° each step so eight steps
 * visit eight different places (and no two neighbours sit side by side).
 * Step 0 and an amplitude ≤ 0 are the origin.
 */
export function burnInOffset(step: number, amplitude: number): { x: number; y: number } {
  if (amplitude <= 0 || !Number.isFinite(amplitude) || step === 0) return { x: 0, y: 0 };
  const angle = ((step % 8) * 3 * Math.PI) / 4;
  // `+ 0` turns a -0 into 0.
  return { x: Math.round(Math.cos(angle) * amplitude) + 0, y: Math.round(Math.sin(angle) * amplitude) + 0 };
}

/** Milliseconds from `now` to the start of the next minute (never 0: at least 1 s, so a clock never ticks twice). */
export function msToNextMinute(now: number): number {
  const left = 60_000 - (now % 60_000);
  return left < 1_000 ? left + 60_000 : left;
}

export type WallAction = 'next' | 'previous' | 'first' | 'last' | 'toggle';

/** What a key does on the wall (arrows, Page Up/Down, Home/End, Space and a TV remote's media keys), or undefined. */
export function keyAction(key: string): WallAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'MediaTrackNext':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'MediaTrackPrevious':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case ' ':
    case 'Spacebar':
    case 'MediaPlayPause':
      return 'toggle';
    default:
      return undefined;
  }
}

/** Seconds from an attribute to ms for a timer: undefined when off (absent, ≤ 0 or not a number); never below `min` ms. */
export function periodMs(seconds: number | undefined, min = 50): number | undefined {
  if (seconds === undefined || seconds === null || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  return Math.max(min, seconds * 1000);
}

/**
 * An age floored to its unit (minutes under an hour, hours under a day,
 * days beyond), so “1 minute ago” shows for the whole second minute rather
 * than rounding on to “2 minutes ago” at 90 s.
 */
export function floorAge(ms: number): number {
  const unit = ms < 3_600_000 ? 60_000 : ms < 86_400_000 ? 3_600_000 : 86_400_000;
  return Math.floor(Math.max(0, ms) / unit) * unit;
}

/**
 * Scale that fits a board `boardHeight` px tall into `viewportHeight` px: 1
 * when it fits; 0 when it would take less than `min` (text too small to
 * read: the board scrolls instead).
 */
export function fitScale(viewportHeight: number, boardHeight: number, min = 0.5): number {
  if (!(viewportHeight > 0) || !(boardHeight > viewportHeight + 1)) return 1;
  const scale = Math.floor((viewportHeight / boardHeight) * 1000) / 1000;
  return scale < min ? 0 : scale;
}

/** What the wall hands to its widgets: the provider's settings, the wall's own over them, and the `tv` theme unless either names one. */
export function wallSettings(own: Partial<Pick<QuotaSettings, 'locale' | 'currency' | 'asOf' | 'theme'>>, inherited: QuotaSettings | undefined): QuotaSettings {
  const next: QuotaSettings = { ...inherited };
  for (const [k, v] of Object.entries(own)) if (v) Object.assign(next, { [k]: v });
  next.theme ??= 'tv';
  return next;
}
