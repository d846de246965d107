import type { Period } from '../elapsed-share.js';
import type { SampleLocale } from './names.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const QUARTER_ZH = ['一', '二', '三', '四'];
const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar quarter containing `date` (`'2025-02-14'` → 2025-01-01..2025-03-31). */
export function quarterOf(date: string): Period & { year: number; quarter: number } {
  const year = Number(date.slice(0, 4));
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  const first = quarter * 3 - 2;
  const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(last)}`, year, quarter };
}

/** `Q1 2025` or `2025年第一季度`. */
export function quarterLabel(year: number, quarter: number, locale: SampleLocale): string {
  return locale === 'zh-CN' ? `${year}年第${QUARTER_ZH[quarter - 1]}季度` : `Q${quarter} ${year}`;
}

/** The month `back` months before the first month of `quarter`, labelled: `Dec 2024` or `2024年12月`. */
export function monthBefore(year: number, quarter: number, back: number, locale: SampleLocale): string {
  const index = year * 12 + (quarter * 3 - 3) - back;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  return locale === 'zh-CN' ? `${y}年${m + 1}月` : `${MONTH_EN[m]} ${y}`;
}

/** The quarter `back` quarters before, labelled like {@link quarterLabel}. */
export function quarterBefore(year: number, quarter: number, back: number, locale: SampleLocale): string {
  const index = year * 4 + quarter - 1 - back;
  return quarterLabel(Math.floor(index / 4), (index % 4) + 1, locale);
}
