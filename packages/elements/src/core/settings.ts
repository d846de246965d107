import { createContext } from '@lit/context';
import { DEFAULT_TIERS, today, type Calendar, type QualityRules, type Settings, type Tier } from '@quota/domain';

export type Theme = 'light' | 'dark' | 'tv';

/** Settings handed down by `<quota-provider>`; every field optional. */
export type QuotaSettings = Settings;

/** The context `<quota-provider>` provides and every widget consumes. */
export const settingsContext = createContext<QuotaSettings>(Symbol.for('quota-settings'));

/** Settings after defaults: what a widget actually uses. */
export interface ResolvedSettings {
  locale: string;
  currency: string | undefined;
  asOf: string;
  calendar: Calendar | undefined;
  theme: Theme | undefined;
  tiers: readonly Tier[];
  benchmarks: { from: string; to: string; rate: number }[] | undefined;
  qualityRules: QualityRules | undefined;
}

/** The locale a widget falls back to: the nearest `lang` attribute, then the browser's, then en-US. */
export function ambientLocale(element: Element): string {
  const lang = element.closest('[lang]')?.getAttribute('lang');
  return supportedLocale(lang) ?? supportedLocale(globalThis.navigator?.language) ?? 'en-US';
}

/** Canonical forms found so far (every widget asks on its first render, mostly for the same few tags). */
const canonical = new Map<string, string | undefined>();
const CANONICAL_KEPT = 64;

/** The canonical form of a BCP 47 tag Intl can use, or undefined. */
export function supportedLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  if (canonical.has(tag)) return canonical.get(tag);
  let found: string | undefined;
  try {
    found = Intl.getCanonicalLocales(tag)[0];
  } catch {
    found = undefined;
  }
  if (canonical.size >= CANONICAL_KEPT) canonical.clear();
  canonical.set(tag, found);
  return found;
}

/** Today's date and the local day it holds for (ms since the epoch, from inclusive, until exclusive). */
let todayMemo: { date: string; from: number; until: number } | undefined;

/** {@link today}, worked out once per local day: every widget asks on its first render. */
export function todayLocal(): string {
  const now = Date.now();
  if (todayMemo && now >= todayMemo.from && now < todayMemo.until) return todayMemo.date;
  const d = new Date(now);
  const from = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const until = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  todayMemo = { date: today(), from, until };
  return todayMemo.date;
}

/**
 * Merges a widget's own settings over the provider's over the defaults.
 * Returns the issues of settings that could not be used (they fall back),
 * and whether the as-of date is the default, today (which the caller must
 * resolve again when the date changes).
 */
export function resolveSettings(
  own: Partial<QuotaSettings>,
  inherited: QuotaSettings | undefined,
  element: Element,
): { settings: ResolvedSettings; issues: { path: string; message: string }[]; asOfIsToday: boolean } {
  const issues: { path: string; message: string }[] = [];
  const pick = <K extends keyof QuotaSettings>(key: K) => own[key] ?? inherited?.[key];
  const askedLocale = pick('locale');
  let locale = supportedLocale(askedLocale);
  if (askedLocale && !locale) issues.push({ path: 'locale', message: `invalid locale ${JSON.stringify(askedLocale)}` });
  locale ??= ambientLocale(element);
  const askedAsOf = pick('asOf');
  const asOf = askedAsOf && /^\d{4}-\d{2}-\d{2}$/.test(askedAsOf) && !Number.isNaN(Date.parse(askedAsOf)) ? askedAsOf : undefined;
  if (askedAsOf && !asOf) issues.push({ path: 'as-of', message: `invalid date ${JSON.stringify(askedAsOf)}: expected YYYY-MM-DD` });
  const askedCurrency = pick('currency');
  const currency = askedCurrency && /^[A-Z]{3}$/.test(askedCurrency) ? askedCurrency : undefined;
  if (askedCurrency && !currency) issues.push({ path: 'currency', message: `invalid currency ${JSON.stringify(askedCurrency)}: expected an ISO 4217 code such as CNY` });
  return {
    settings: {
      locale,
      currency,
      asOf: asOf ?? todayLocal(),
      calendar: pick('calendar'),
      theme: pick('theme'),
      tiers: pick('tiers') ?? DEFAULT_TIERS,
      benchmarks: pick('benchmarks'),
      qualityRules: pick('qualityRules'),
    },
    issues,
    asOfIsToday: asOf === undefined,
  };
}
