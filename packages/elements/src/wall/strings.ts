import { pickStrings } from '../core/strings.js';

export interface WallStrings {
  /** The carousel's role description and name (APG carousel). */
  carousel: string;
  wall: string;
  slide: string;
  /** The board's accessible name: its label and position, e.g. “Pipeline, 2 of 3”. */
  slideLabel: (label: string, position: string, count: string) => string;
  /** A board with no label of its own. */
  board: (position: string) => string;
  boards: string;
  controls: string;
  previous: string;
  next: string;
  pause: string;
  resume: string;
  /** Status line: the rotation is paused by hand / held while someone uses the wall. */
  paused: string;
  held: string;
  /** Data age, e.g. “updated 2 minutes ago” (`age` from Intl.RelativeTimeFormat). */
  updated: (age: string) => string;
  /** An age under a minute, in place of “5 seconds ago”. */
  justNow: string;
  waiting: string;
  /** Stale marker and its longer form. */
  stale: string;
  staleSince: (age: string) => string;
  failed: string;
  failedCount: (n: string) => string;
}

const en: WallStrings = {
  carousel: 'carousel',
  wall: 'Sales boards',
  slide: 'board',
  slideLabel: (label, position, count) => `${label}, ${position} of ${count}`,
  board: (position) => `Board ${position}`,
  boards: 'Boards',
  controls: 'Rotation',
  previous: 'Previous board',
  next: 'Next board',
  pause: 'Pause rotation',
  resume: 'Resume rotation',
  paused: 'Paused',
  held: 'Paused while in use',
  updated: (age) => `updated ${age}`,
  justNow: 'just now',
  waiting: 'waiting for data',
  stale: 'Stale',
  staleSince: (age) => `Stale: last updated ${age}`,
  failed: 'No data',
  failedCount: (n) => `${n} failed to load`,
};

const zh: WallStrings = {
  carousel: '轮播',
  wall: '销售看板',
  slide: '看板',
  slideLabel: (label, position, count) => `${label},第 ${position} 个,共 ${count} 个`,
  board: (position) => `看板 ${position}`,
  boards: '看板',
  controls: '轮播控制',
  previous: '上一个看板',
  next: '下一个看板',
  pause: '暂停轮播',
  resume: '继续轮播',
  paused: '已暂停',
  held: '使用中,已暂停',
  updated: (age) => `${age}更新`,
  justNow: '刚刚',
  waiting: '等待数据',
  stale: '数据过期',
  staleSince: (age) => `数据已过期:最后更新于${age}`,
  failed: '无数据',
  failedCount: (n) => `${n} 个加载失败`,
};

export const wallStrings = (locale: string): WallStrings => pickStrings(locale, { en, zh });
