import { html, type TemplateResult } from 'lit';
import { sampleData, type SampleData } from '@quota/domain';
import type { Theme } from '@quota/elements';

/** Sample data per locale, made once: the same seed everywhere, so stories match the docs. */
const cache = new Map<string, SampleData>();
export function sample(locale: 'en-US' | 'zh-CN' = 'en-US'): SampleData {
  let s = cache.get(locale);
  if (!s) cache.set(locale, (s = sampleData(7, { locale })));
  return s;
}

/** Args every widget story has: the provider's settings. */
export interface BoardArgs {
  locale: 'en-US' | 'zh-CN';
  theme: Theme;
}

export const boardArgTypes = {
  locale: { control: 'inline-radio', options: ['en-US', 'zh-CN'], table: { category: 'provider' } },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'tv'], table: { category: 'provider' } },
} as const;

/** Wraps a widget in a provider with the story's locale and theme. */
export function inProvider(args: BoardArgs, content: TemplateResult): TemplateResult {
  return html`<quota-provider locale=${args.locale} theme=${args.theme} currency="CNY" style="padding: 16px">${content}</quota-provider>`;
}

/** Sets `bad` on the story's widget after its good data rendered: shows the stale state. */
export async function makeStale(canvas: HTMLElement, selector: string, bad: unknown): Promise<void> {
  const el = canvas.querySelector(selector) as (HTMLElement & { data: unknown; updateComplete: Promise<unknown> }) | null;
  if (!el) return;
  await el.updateComplete;
  el.data = bad;
  await el.updateComplete;
}
