import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sampleLeaderboard, type LeaderboardData } from '@quota/domain';
import '@quota/elements';
import { boardArgTypes, inProvider, makeStale, sample, type BoardArgs } from './story-helpers.js';

interface LeaderboardArgs extends BoardArgs {
  data: LeaderboardData | unknown;
  rankBy: 'attainment' | 'amount' | undefined;
  kpis: boolean;
  tv: boolean;
  pageSeconds: number;
  width: number;
  height: number;
}

const leaderboard = (locale: BoardArgs['locale'] = 'en-US') => sample(locale).leaderboard;

/** A small board that shows every case: ties (1, 2, 2, 4), each movement, new entries, all badges, a discount breach. */
const ties: LeaderboardData = {
  label: 'March ranking',
  period: { start: '2025-03-01', end: '2025-03-31' },
  asOf: '2025-03-31',
  entries: [
    { id: 'ann', name: 'Ann Lee', team: 'East', target: 100_000, actual: 150_000, previousRank: 4, tenureMonths: 24 },
    { id: 'bob', name: 'Bob Wang', team: 'East', target: 100_000, actual: 120_000, previousRank: 1, tenureMonths: 30, quality: { discount: 0.25 } },
    { id: 'cai', name: 'Cai Min', team: 'West', target: 200_000, actual: 240_000, previousRank: 2, tenureMonths: 3 },
    { id: 'dee', name: 'Dee Zhou', team: 'West', target: 100_000, actual: 50_000, previousRank: 3, tenureMonths: 40 },
    { id: 'eve', name: 'Eve Sun', team: 'North', target: 100_000, actual: 40_000, tenureMonths: 2 },
  ],
};

const meta = {
  title: 'Widgets/Leaderboard',
  component: 'quota-leaderboard',
  args: {
    locale: 'en-US',
    theme: 'light',
    data: leaderboard(),
    rankBy: undefined,
    kpis: false,
    tv: false,
    pageSeconds: 8,
    width: 1000,
    height: 0,
  },
  argTypes: {
    ...boardArgTypes,
    rankBy: { control: 'inline-radio', options: [undefined, 'attainment', 'amount'] },
    width: { control: { type: 'range', min: 320, max: 2560, step: 10 } },
    height: { control: { type: 'range', min: 0, max: 1200, step: 10 }, description: 'Height of the host in px (0: its own height)' },
    pageSeconds: { control: { type: 'number', min: 0, max: 60, step: 1 } },
  },
  render: (args) =>
    inProvider(
      args,
      html`<div style="max-width: ${args.width}px">
        <quota-leaderboard
          style=${args.height ? `height: ${args.height}px` : ''}
          .rankBy=${args.rankBy}
          ?kpis=${args.kpis}
          ?tv=${args.tv}
          page-seconds=${args.pageSeconds}
          .data=${args.data}
        ></quota-leaderboard>
      </div>`,
    ),
} satisfies Meta<LeaderboardArgs>;
export default meta;
type Story = StoryObj<LeaderboardArgs>;

export const Default: Story = {};

export const Ties: Story = { name: 'Ties, movement, badges and a discount breach', args: { data: ties } };

export const PastTheScale: Story = {
  name: 'Attainment past the 300% scale (bar ends in ↗)',
  args: { data: { ...ties, entries: ties.entries.map((e) => (e.id === 'ann' ? { ...e, actual: 420_000 } : e)) } },
};

export const RankByAmount: Story = { name: 'Ranked by amount', args: { data: ties, rankBy: 'amount' } };

export const KpiColumns: Story = { name: 'KPI columns', args: { kpis: true, width: 1400 } };

export const FiveThousand: Story = {
  name: '5,000 rows (virtualised)',
  args: { data: sampleLeaderboard(11, 5000) },
};

export const TvPaging: Story = {
  name: 'TV paging',
  args: { tv: true, pageSeconds: 4, height: 560 },
};

export const Phone: Story = { name: 'Phone width', args: { width: 360, kpis: true } };

export const Empty: Story = { args: { data: { ...ties, entries: [] } } };

export const NoData: Story = { name: 'No data yet', args: { data: undefined } };

export const BadData: Story = {
  name: 'Error: bad data',
  args: { data: { ...ties, entries: [{ ...ties.entries[0], target: -1 }, { id: '', name: 'Nobody' }] } },
};

export const Stale: Story = {
  name: 'Stale: last good data kept',
  args: { data: ties },
  play: ({ canvasElement }) => makeStale(canvasElement, 'quota-leaderboard', { ...ties, entries: [{ ...ties.entries[0], actual: Number.NaN }] }),
};

export const HostileNames: Story = {
  args: { data: { ...ties, entries: ties.entries.map((e) => ({ ...e, name: `<img src=x onerror="alert(1)"> ${e.name}` })) } },
};

export const Dark: Story = { args: { theme: 'dark', data: ties } };

export const Tv: Story = { name: 'TV theme (pages by itself)', args: { theme: 'tv', width: 1400, height: 640 } };

export const Chinese: Story = { name: 'zh-CN', args: { locale: 'zh-CN', data: leaderboard('zh-CN'), kpis: true, width: 1300 } };

export const Playground: Story = { args: { data: ties, kpis: true } };
