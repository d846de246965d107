import { dayNumber, type DateString } from '@quota/domain';

/**
 * Number, money, percent and date formatting for one locale and currency,
 * all through Intl (zh-CN compact numbers read 万/亿). Cached per
 * locale + currency: widgets call {@link formatsFor} in every render.
 */
export interface Formats {
  locale: string;
  /** A plain number, e.g. 1,234.5. */
  number(n: number, maxDigits?: number): string;
  /** Short form for tight spaces: 1.2M, 1235万. */
  compact(n: number): string;
  /** Money in the currency when there is one, otherwise a plain number; `compact` for tiles. */
  amount(n: number, compact?: boolean): string;
  /** A fraction as percent, e.g. 0.874 → 87.4%. */
  percent(n: number | null | undefined, maxDigits?: number): string;
  /** A signed fraction as percent, e.g. +12% / −3%. */
  signedPercent(n: number): string;
  /** A count of days with its unit: 12 days / 12天. */
  days(n: number): string;
  /** A date, e.g. 14 Feb 2025 / 2025年2月14日. */
  date(d: DateString): string;
  /** Days from today as words: tomorrow / 明天, in 3 days, 2 days ago. */
  relativeDays(days: number): string;
  /** Time since something happened: 5 minutes ago / 5分钟前. */
  age(ms: number): string;
  /** An ordinal-free list: a, b and c / a、b和c. */
  list(items: string[]): string;
}

const cache = new Map<string, Formats>();

export function formatsFor(locale: string, currency?: string): Formats {
  const key = `${locale}|${currency ?? ''}`;
  let f = cache.get(key);
  if (f) return f;
  const nf = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
  const plain = [0, 1, 2].map((d) => nf({ maximumFractionDigits: d }));
  const compact = nf({ notation: 'compact', maximumFractionDigits: 1 });
  const money = currency ? nf({ style: 'currency', currency, maximumFractionDigits: 0 }) : plain[0]!;
  const moneyCompact = currency ? nf({ style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }) : compact;
  const pct = [0, 1, 2].map((d) => nf({ style: 'percent', maximumFractionDigits: d }));
  const signed = nf({ style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const days = nf({ style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const rel = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  f = {
    locale,
    number: (n, d = 1) => plain[Math.min(2, Math.max(0, d))]!.format(n),
    compact: (n) => compact.format(n),
    amount: (n, isCompact = false) => (isCompact ? moneyCompact : money).format(n),
    percent: (n, d = 1) => (n === null || n === undefined || !Number.isFinite(n) ? '–' : pct[Math.min(2, Math.max(0, d))]!.format(n)),
    signedPercent: (n) => signed.format(n),
    days: (n) => days.format(n),
    date: (d) => date.format(new Date(dayNumber(d) * 86_400_000)),
    relativeDays: (n) => rel.format(n, 'day'),
    age: (ms) => {
      const s = Math.round(ms / 1000);
      if (s < 60) return rel.format(-s, 'second');
      if (s < 3600) return rel.format(-Math.round(s / 60), 'minute');
      if (s < 86_400) return rel.format(-Math.round(s / 3600), 'hour');
      return rel.format(-Math.round(s / 86_400), 'day');
    },
    list: (items) => list.format(items),
  };
  cache.set(key, f);
  return f;
}
