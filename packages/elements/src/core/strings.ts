/**
 * UI strings shared by every widget, in English and Chinese. Widgets keep
 * their own strings beside them (e.g. gauge/strings.ts) with {@link pickStrings}.
 */
export interface CoreStrings {
  dataProblem: string;
  loadFailed: string;
  notJson: string;
  settingsProblem: string;
  renderProblem: string;
  moreIssues: (n: string) => string;
  stale: (age: string) => string;
  /** Announced once when the data goes stale (the visible notice also shows its age). */
  staleNotice: string;
  loading: string;
  noData: string;
  retry: string;
}

const en: CoreStrings = {
  dataProblem: 'The data has problems; showing the last good data if any.',
  loadFailed: 'Could not load the data',
  notJson: 'The data is not valid JSON',
  settingsProblem: 'A setting is not valid; using the default',
  renderProblem: 'The data could not be drawn',
  moreIssues: (n) => `and ${n} more`,
  stale: (age) => `Stale: last updated ${age}`,
  staleNotice: 'The data is out of date; showing the last good data.',
  loading: 'Loading…',
  noData: 'No data yet',
  retry: 'Retry now',
};

const zh: CoreStrings = {
  dataProblem: '数据有误;如有上次的有效数据,继续显示。',
  loadFailed: '数据加载失败',
  notJson: '数据不是有效的 JSON',
  settingsProblem: '设置无效,已使用默认值',
  renderProblem: '无法绘制这些数据',
  moreIssues: (n) => `还有 ${n} 项`,
  stale: (age) => `数据已过期:最后更新于${age}`,
  staleNotice: '数据已过期,正在显示上次的有效数据。',
  loading: '加载中…',
  noData: '暂无数据',
  retry: '立即重试',
};

/** The table for a locale: Chinese for zh*, English otherwise. */
export function pickStrings<T>(locale: string, tables: { en: T; zh: T }): T {
  return locale.toLowerCase().startsWith('zh') ? tables.zh : tables.en;
}

export const coreStrings = (locale: string): CoreStrings => pickStrings(locale, { en, zh });
