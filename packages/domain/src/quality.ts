import type { Highlight, HighlightSubject } from './highlight.js';
import { highlightMessage } from './messages.js';

/** Quality facts of a result (see `QualitySchema`). */
export interface Quality {
  discount?: number | undefined;
  grossMargin?: number | undefined;
  paymentTermBreaches?: number | undefined;
  complaintRate?: number | undefined;
}

/** Limits for the quality facts (质量约束). */
export interface QualityRules {
  maxDiscount?: number | undefined;
  minGrossMargin?: number | undefined;
  maxPaymentTermBreaches?: number | undefined;
  maxComplaintRate?: number | undefined;
}

/**
 * Defaults, to be set per company: discounts within 15% authorisation, gross
 * margin at least 20%, no payment-term breaches, complaints under 2%.
 */
export const DEFAULT_QUALITY_RULES: Required<QualityRules> = {
  maxDiscount: 0.15,
  minGrossMargin: 0.2,
  maxPaymentTermBreaches: 0,
  maxComplaintRate: 0.02,
};

const RULE_TEXT = {
  discount: { en: 'discount beyond authorisation', zh: '折扣超出授权' },
  grossMargin: { en: 'gross margin below floor', zh: '毛利率低于底线' },
  paymentTermBreaches: { en: 'payment terms breached', zh: '账期违规' },
  complaintRate: { en: 'complaint rate above standard', zh: '投诉率超标' },
} as const;

export type QualityRule = keyof typeof RULE_TEXT;

/**
 * One `quality-violation` highlight (severity `warning`) per breached rule,
 * with the measured `value`, the limit as `expected` and `details.rule`.
 * Missing facts are not checked.
 */
export function checkQuality(
  subject: HighlightSubject,
  quality: Quality | undefined,
  rules?: QualityRules,
  locale = 'en-US',
): Highlight[] {
  if (!quality) return [];
  const r = rules === undefined ? DEFAULT_QUALITY_RULES : { ...DEFAULT_QUALITY_RULES, ...stripUndefined(rules) };
  const breaches: [QualityRule, number, number][] = [];
  const q = quality;
  if (q.discount !== undefined && q.discount > r.maxDiscount) breaches.push(['discount', q.discount, r.maxDiscount]);
  if (q.grossMargin !== undefined && q.grossMargin < r.minGrossMargin) breaches.push(['grossMargin', q.grossMargin, r.minGrossMargin]);
  if (q.paymentTermBreaches !== undefined && q.paymentTermBreaches > r.maxPaymentTermBreaches) {
    breaches.push(['paymentTermBreaches', q.paymentTermBreaches, r.maxPaymentTermBreaches]);
  }
  if (q.complaintRate !== undefined && q.complaintRate > r.maxComplaintRate) breaches.push(['complaintRate', q.complaintRate, r.maxComplaintRate]);
  const zh = locale.toLowerCase().startsWith('zh');
  return breaches.map(([rule, value, expected]) => ({
    code: 'quality-violation',
    severity: 'warning',
    subject,
    message: highlightMessage('quality-violation', { name: subject.name ?? subject.id, rule: RULE_TEXT[rule][zh ? 'zh' : 'en'] }, locale),
    value,
    expected,
    details: { rule },
  }));
}

/** The object without its `undefined` fields, so defaults are not overwritten by them. */
export function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
