/** Keys typed within this many ms of each other extend the same search. */
export const TYPEAHEAD_MS = 500;

/**
 * Whether a key is a printable character for type-ahead (any script: 华, é, 7),
 * not a named key like `Enter`. Space is not (it selects), except inside a
 * search: see {@link TypeAhead.takes}.
 */
export function isPrintable(key: string): boolean {
  if (key === ' ' || key === '*') return false;
  const chars = [...key];
  return chars.length === 1 && !/[\p{Cc}\p{Cf}\s]/u.test(key);
}

/** How names are compared: compatibility forms folded (full-width Ａ = A), case-insensitive in the locale. */
export function foldName(name: string, locale: string): string {
  return name.normalize('NFKC').toLocaleLowerCase(locale).trimStart();
}

/**
 * The type-ahead buffer (APG): printable keys typed in quick succession form
 * a prefix; {@link TypeAhead.find} gives the next row whose name starts with
 * it. Repeating one character cycles through the names starting with it.
 * Uses timestamps, not timers, so there is nothing to clean up.
 */
export class TypeAhead {
  private buffer = '';
  private last = -Infinity;

  /** Whether a search is under way at `now` (ms): something was typed less than {@link TYPEAHEAD_MS} ago. */
  typing(now: number): boolean {
    return this.buffer !== '' && now - this.last <= TYPEAHEAD_MS;
  }

  /** Whether `key` pressed at `now` extends the search: a printable character, or Space while a search is under way ("new y"). */
  takes(key: string, now: number): boolean {
    return isPrintable(key) || (key === ' ' && this.typing(now));
  }

  /** Adds `key` typed at `now` (ms) and returns the search string. */
  type(key: string, now: number, locale: string): string {
    if (now - this.last > TYPEAHEAD_MS) this.buffer = '';
    this.last = now;
    // Folded like names, but a space is kept: it is part of the search ("new y").
    this.buffer += key.normalize('NFKC').toLocaleLowerCase(locale);
    return this.buffer;
  }

  /**
   * The row to go to for `prefix`, searching `names(row)` from the row after
   * `from` (a single repeated character) or from `from` itself (a longer
   * prefix still matching the current row), wrapping around; `-1` if none.
   */
  static find(prefix: string, count: number, from: number, names: (row: number) => string): number {
    const chars = [...prefix];
    const repeated = chars.length > 1 && chars.every((c) => c === chars[0]);
    const needle = repeated ? chars[0]! : prefix;
    const start = chars.length === 1 || repeated ? from + 1 : from;
    for (let k = 0; k < count; k++) {
      const row = (((start + k) % count) + count) % count;
      if (names(row).startsWith(needle)) return row;
    }
    return -1;
  }
}
