import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { GaugeData } from '@quota/domain';
import '@quota/elements';
import { boardArgTypes, inProvider, makeStale, sample, type BoardArgs } from './story-helpers.js';

interface GaugeArgs extends BoardArgs {
  data: GaugeData | unknown;
  compact: boolean;
  width: number;
}

const gauge = (locale: BoardArgs['locale'] = 'en-US') => sample(locale).gauge;

const meta = {
  title: 'Widgets/Gauge',
  component: 'quota-gauge',
  args: { locale: 'en-US', theme: 'light', compact: false, width: 420, data: gauge() },
  argTypes: { ...boardArgTypes, width: { control: { type: 'range', min: 140, max: 900, step: 10 } } },
  render: (args) =>
    inProvider(args, html`<div style="max-width: ${args.width}px"><quota-gauge ?compact=${args.compact} .data=${args.data}></quota-gauge></div>`),
} satisfies Meta<GaugeArgs>;
export default meta;
type Story = StoryObj<GaugeArgs>;

export const Default: Story = {};

export const OverTarget: Story = {
  name: 'Over 100% (truthful scale)',
  args: { data: { ...gauge(), actual: gauge().target * 1.64 } },
};

export const BehindPace: Story = { args: { data: { ...gauge(), actual: gauge().target * 0.2 } } };

export const NoTarget: Story = { name: 'Target of 0', args: { data: { ...gauge(), target: 0 } } };

export const Compact: Story = { args: { compact: true, width: 260 } };

export const NarrowTile: Story = { name: 'Narrow tile (compact by itself)', args: { width: 170 } };

export const Chinese: Story = { name: 'zh-CN', args: { locale: 'zh-CN', data: gauge('zh-CN') } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Tv: Story = { name: 'TV', args: { theme: 'tv', width: 900 } };

export const Empty: Story = { args: { data: undefined } };

export const BadData: Story = {
  name: 'Error: bad data',
  args: { data: { ...gauge(), target: -1, actual: 'a lot' } },
};

export const Stale: Story = {
  name: 'Stale: last good data kept',
  play: ({ canvasElement }) => makeStale(canvasElement, 'quota-gauge', { ...gauge(), actual: Number.NaN }),
};

export const HostileLabel: Story = {
  args: { data: { ...gauge(), label: '<img src=x onerror="alert(1)"> Q1' } },
};

export const Playground: Story = {
  args: { data: { label: 'Playground', target: 1000, actual: 640, period: { start: '2025-01-01', end: '2025-03-31' }, asOf: '2025-02-14' } },
};
