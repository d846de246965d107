import type { Quadrant } from '@quota/domain';
import { pickStrings } from '../core/strings.js';

/** UI strings of the task board. Numbers and dates arrive formatted (Intl); these only place them. */
export interface TaskBoardStrings {
  board: string;
  quadrants: Record<Quadrant, { name: string; hint: string }>;
  tasks: (n: string, count: number) => string;
  done: string;
  doneCount: (n: string) => string;
  overdue: (days: string) => string;
  due: (relative: string) => string;
  noDue: string;
  pending: string;
  noTasks: string;
  moveTo: string;
  moveMenu: (title: string) => string;
  plan: { what: string; why: string; who: string; when: string; where: string; how: string; howMuch: string; resources: string; target: string; quadrant: string; close: string; status: string };
  reasons: {
    urgentFlag: string; urgentDue: (within: string) => string; notUrgent: string;
    importantFlag: string; importantTarget: string; notImportant: string; moved: string;
  };
  filters: { label: string; owner: string; target: string; all: string; hideDone: string; showing: (shown: string, total: string) => string };
  help: string;
  helpReadonly: string;
  dismiss: string;
  announce: {
    pickedUp: (title: string, q: string) => string;
    over: (title: string, q: string) => string;
    saving: (title: string, q: string) => string;
    saved: (title: string, q: string) => string;
    cancelled: (title: string, q: string) => string;
    stays: (title: string, q: string) => string;
    refused: (title: string, to: string, back: string) => string;
    failed: (title: string, to: string, reason: string, back: string) => string;
    busy: (title: string) => string;
    superseded: (title: string, q: string) => string;
  };
  saveFailed: string;
  /** The reason shown when a save did not settle within the board's `save-timeout`. */
  saveTimedOut: (duration: string) => string;
}

const en: TaskBoardStrings = {
  board: 'Task board',
  quadrants: {
    do: { name: 'Do first', hint: 'Urgent and important' },
    schedule: { name: 'Schedule', hint: 'Important, not urgent' },
    delegate: { name: 'Delegate', hint: 'Urgent, not important' },
    drop: { name: 'Drop', hint: 'Neither urgent nor important' },
  },
  tasks: (n, count) => (count === 1 ? `${n} task` : `${n} tasks`),
  done: 'Done',
  doneCount: (n) => `${n} done`,
  overdue: (days) => `${days} overdue`,
  due: (relative) => `Due ${relative}`,
  noDue: 'No due date',
  pending: 'Saving…',
  noTasks: 'No tasks',
  moveTo: 'Move to…',
  moveMenu: (title) => `Move “${title}” to`,
  plan: {
    what: 'What', why: 'Why', who: 'Who', when: 'When', where: 'Where', how: 'How', howMuch: 'How much',
    resources: 'Resources', target: 'Serves target', quadrant: 'Quadrant', close: 'Close', status: 'Status',
  },
  reasons: {
    urgentFlag: 'urgent (set by hand)',
    urgentDue: (within) => `urgent: due within ${within}`,
    notUrgent: 'not urgent',
    importantFlag: 'important (set by hand)',
    importantTarget: 'important: serves a target',
    notImportant: 'not important',
    moved: 'moved here on this board',
  },
  filters: {
    label: 'Filter tasks', owner: 'Owner', target: 'Target', all: 'All', hideDone: 'Hide done tasks',
    showing: (shown, total) => `Showing ${shown} of ${total} tasks`,
  },
  help: 'Arrow keys move between quadrants and tasks. Enter opens a task’s plan. Space picks a task up; arrow keys then choose its quadrant, Space drops it, Escape cancels. M opens the Move to… menu.',
  helpReadonly: 'Arrow keys move between quadrants and tasks. Enter opens a task’s plan.',
  dismiss: 'Dismiss',
  announce: {
    pickedUp: (t, q) => `Picked up “${t}” in ${q}. Arrow keys choose a quadrant, Space drops, Escape cancels.`,
    over: (t, q) => `“${t}” over ${q}.`,
    saving: (t, q) => `Moving “${t}” to ${q}: saving…`,
    saved: (t, q) => `“${t}” moved to ${q}.`,
    cancelled: (t, q) => `Move cancelled. “${t}” stays in ${q}.`,
    stays: (t, q) => `“${t}” stays in ${q}.`,
    refused: (t, to, back) => `Moving “${t}” to ${to} was refused. It is back in ${back}.`,
    failed: (t, to, reason, back) => `Could not move “${t}” to ${to}: ${reason}. It is back in ${back}.`,
    busy: (t) => `“${t}” is still being saved. Try again when it is done.`,
    superseded: (t, q) => `“${t}” is in ${q} in the latest data: it was changed elsewhere.`,
  },
  saveFailed: 'the save failed',
  saveTimedOut: (duration) => `the save did not finish within ${duration}`,
};

const zh: TaskBoardStrings = {
  board: '任务看板',
  quadrants: {
    do: { name: '重要且紧急', hint: '立即去做' },
    schedule: { name: '重要不紧急', hint: '计划去做' },
    delegate: { name: '紧急不重要', hint: '授权他人' },
    drop: { name: '不重要不紧急', hint: '尽量不做' },
  },
  tasks: (n) => `${n} 项任务`,
  done: '已完成',
  doneCount: (n) => `已完成 ${n}`,
  overdue: (days) => `逾期 ${days}`,
  due: (relative) => `${relative}到期`,
  noDue: '未设截止日期',
  pending: '保存中…',
  noTasks: '暂无任务',
  moveTo: '移动到…',
  moveMenu: (title) => `将“${title}”移动到`,
  plan: {
    what: '做什么', why: '为什么', who: '谁来做', when: '何时完成', where: '在哪里', how: '怎么做', howMuch: '花费多少',
    resources: '所需资源', target: '服务目标', quadrant: '象限', close: '关闭', status: '状态',
  },
  reasons: {
    urgentFlag: '紧急(手动标记)',
    urgentDue: (within) => `紧急:${within}内到期`,
    notUrgent: '不紧急',
    importantFlag: '重要(手动标记)',
    importantTarget: '重要:服务于目标',
    notImportant: '不重要',
    moved: '已在看板上移动到此',
  },
  filters: {
    label: '筛选任务', owner: '负责人', target: '目标', all: '全部', hideDone: '隐藏已完成任务',
    showing: (shown, total) => `显示 ${shown} / ${total} 项任务`,
  },
  help: '方向键在象限和任务之间移动。回车键打开任务的 5W2H 计划。空格键拿起任务,方向键选择象限,空格键放下,Esc 键取消。M 键打开“移动到…”菜单。',
  helpReadonly: '方向键在象限和任务之间移动。回车键打开任务的 5W2H 计划。',
  dismiss: '关闭提示',
  announce: {
    pickedUp: (t, q) => `已拿起“${t}”,位于${q}。方向键选择象限,空格键放下,Esc 键取消。`,
    over: (t, q) => `“${t}”移到${q}上方。`,
    saving: (t, q) => `正在将“${t}”移动到${q}:保存中…`,
    saved: (t, q) => `“${t}”已移动到${q}。`,
    cancelled: (t, q) => `已取消移动。“${t}”仍在${q}。`,
    stays: (t, q) => `“${t}”仍在${q}。`,
    refused: (t, to, back) => `将“${t}”移动到${to}的操作被拒绝,已退回${back}。`,
    failed: (t, to, reason, back) => `无法将“${t}”移动到${to}:${reason}。已退回${back}。`,
    busy: (t) => `“${t}”仍在保存中,请稍后再试。`,
    superseded: (t, q) => `最新数据显示“${t}”在${q}:已在别处被修改。`,
  },
  saveFailed: '保存失败',
  saveTimedOut: (duration) => `保存未在${duration}内完成`,
};

export const taskBoardStrings = (locale: string): TaskBoardStrings => pickStrings(locale, { en, zh });
