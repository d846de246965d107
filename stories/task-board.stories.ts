import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { addDays, type Task, type TaskBoardData } from '@quota/domain';
import '@quota/elements';
import type { QuotaTaskBoard, QuotaTaskMoveEvent } from '@quota/elements';
import { boardArgTypes, inProvider, makeStale, sample, type BoardArgs } from './story-helpers.js';

interface TaskBoardArgs extends BoardArgs {
  data: TaskBoardData | unknown;
  readonly: boolean;
  hideDone: boolean;
  filterOwner: string;
  filterTarget: string;
  /** What the story's host does with a move. */
  host: 'accept' | 'refuse' | 'slow save' | 'failing save' | 'save never settles';
  saveMs: number;
  /** The board's `save-timeout` (seconds; 0: no limit). */
  saveTimeout: number;
  width: number;
}

const tasks = (locale: BoardArgs['locale'] = 'en-US') => sample(locale).tasks;

/** 160 tasks: the sample's sixteen, ten times over, with spread-out owners and due dates. */
function manyTasks(): TaskBoardData {
  const base = tasks();
  const owners = [...new Set(base.tasks.map((t) => t.who))];
  const all: Task[] = [];
  for (let round = 0; round < 10; round++) {
    base.tasks.forEach((t, i) => {
      const k = round * base.tasks.length + i;
      all.push({ ...t, id: `${t.id}-${round}`, who: owners[(k * 7) % owners.length], when: addDays(base.asOf!, ((k * 37) % 60) - 10), done: k % 11 === 0 });
    });
  }
  return { ...base, label: '160 tasks', tasks: all };
}

/** The story's host: answers quota-task-move the way the `host` control says. */
function hostFor(args: TaskBoardArgs) {
  return (event: QuotaTaskMoveEvent) => {
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    if (args.host === 'refuse') event.preventDefault();
    else if (args.host === 'slow save') event.detail.waitUntil(wait(args.saveMs));
    else if (args.host === 'failing save') {
      event.detail.waitUntil(wait(args.saveMs).then(() => Promise.reject(new Error('the CRM did not answer (simulated)'))));
    } else if (args.host === 'save never settles') event.detail.waitUntil(new Promise(() => {}));
  };
}

/** Moves the first task of "drop" to "schedule" with the menu, as a user would: shows what the host does. */
async function moveOne(canvas: HTMLElement): Promise<void> {
  const board = canvas.querySelector<QuotaTaskBoard>('quota-task-board');
  if (!board) return;
  await board.updateComplete;
  const root = board.shadowRoot!;
  root.querySelector<HTMLElement>('[data-quadrant="drop"] [part~="move-button"]')?.click();
  await board.updateComplete;
  root.querySelector<HTMLElement>('[role="menuitem"][data-to="schedule"]')?.click();
  await board.updateComplete;
}

const meta = {
  title: 'Widgets/Task board',
  component: 'quota-task-board',
  args: {
    locale: 'en-US',
    theme: 'light',
    data: tasks(),
    readonly: false,
    hideDone: false,
    filterOwner: '',
    filterTarget: '',
    host: 'accept',
    saveMs: 1500,
    saveTimeout: 30,
    width: 1100,
  },
  argTypes: {
    ...boardArgTypes,
    host: { control: 'inline-radio', options: ['accept', 'refuse', 'slow save', 'failing save', 'save never settles'], description: 'What the page does with `quota-task-move`' },
    saveTimeout: { control: { type: 'number', min: 0, step: 1 }, description: '`save-timeout`: seconds before an unsettled save is rolled back (0: no limit)' },
    saveMs: { control: { type: 'range', min: 0, max: 10000, step: 250 }, description: 'How long a (slow or failing) save takes, in ms' },
    width: { control: { type: 'range', min: 320, max: 2560, step: 10 } },
  },
  render: (args) =>
    inProvider(
      args,
      html`<div style="max-width: ${args.width}px">
        <quota-task-board
          ?readonly=${args.readonly}
          ?hide-done=${args.hideDone}
          filter-owner=${args.filterOwner || nothing}
          filter-target=${args.filterTarget || nothing}
          save-timeout=${args.saveTimeout}
          .data=${args.data}
          @quota-task-move=${hostFor(args)}
        ></quota-task-board>
      </div>`,
    ),
} satisfies Meta<TaskBoardArgs>;
export default meta;
type Story = StoryObj<TaskBoardArgs>;

export const Default: Story = {};

export const HostRefuses: Story = {
  name: 'Host refuses moves (rollback with a message)',
  args: { host: 'refuse' },
  play: ({ canvasElement }) => moveOne(canvasElement),
};

export const SlowSave: Story = {
  name: 'Slow save (pending)',
  args: { host: 'slow save', saveMs: 8000 },
  play: ({ canvasElement }) => moveOne(canvasElement),
};

export const FailingSave: Story = {
  name: 'Failing save (rollback with the reason)',
  args: { host: 'failing save', saveMs: 300 },
  play: ({ canvasElement }) => moveOne(canvasElement),
};

export const SaveTimesOut: Story = {
  name: 'Save that never finishes (rolled back after save-timeout)',
  args: { host: 'save never settles', saveTimeout: 3 },
  play: ({ canvasElement }) => moveOne(canvasElement),
};

export const Empty: Story = { name: 'Empty board', args: { data: { label: 'No tasks yet', tasks: [] } } };

export const NoData: Story = { name: 'No data yet', args: { data: undefined } };

export const BadData: Story = {
  name: 'Error: bad data',
  args: { data: { tasks: [{ id: 't1', title: '', when: '2025-02-30', howMuch: -5 }] } },
};

export const Stale: Story = {
  name: 'Stale: last good data kept',
  play: ({ canvasElement }) => makeStale(canvasElement, 'quota-task-board', { ...tasks(), tasks: 'none' }),
};

export const ManyTasks: Story = { name: 'Many tasks (160)', args: { data: manyTasks(), width: 1600 } };

export const Filtered: Story = { name: 'Filtered by target', args: { filterTarget: 'company' } };

export const ReadonlyTv: Story = {
  name: 'Read-only TV wall',
  args: { theme: 'tv', readonly: true, hideDone: true, width: 2560 },
};

export const Chinese: Story = { name: 'zh-CN', args: { locale: 'zh-CN', data: tasks('zh-CN') } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Tv: Story = { name: 'TV', args: { theme: 'tv', width: 1920 } };

export const Phone: Story = { name: 'Phone width (stacked)', args: { width: 360 } };

export const HostileTitles: Story = {
  args: {
    data: {
      asOf: '2025-02-14',
      targets: [{ id: 'x', name: '<b>target</b>' }],
      tasks: [{ id: 'h', title: '<img src=x onerror="alert(1)"> Call ACME', who: '<script>alert(1)</script>', when: '2025-02-13', targetId: 'x' }],
    },
  },
};

export const Playground: Story = {
  args: {
    host: 'slow save',
    data: {
      label: 'Playground',
      asOf: '2025-02-14',
      currency: 'CNY',
      targets: [{ id: 'east', name: 'East region' }],
      tasks: [
        { id: 'a', title: 'Call the three stalled accounts', who: 'Wang Fang', when: '2025-02-15', targetId: 'east', howMuch: 0 },
        { id: 'b', title: 'Plan the spring roadshow', who: 'Li Lei', when: '2025-03-20', targetId: 'east', howMuch: 48000 },
        { id: 'c', title: 'Renew the CRM licences', who: 'Zhao Min', when: '2025-02-12', howMuch: 12000 },
        { id: 'd', title: 'Tidy the shared drive', who: 'Li Lei' },
      ],
    },
  },
};
