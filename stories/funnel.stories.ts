import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { FunnelData } from '@quota/domain';
import '@quota/elements';
import { boardArgTypes, inProvider, makeStale, sample, type BoardArgs } from './story-helpers.js';

interface FunnelArgs extends BoardArgs {
  data: FunnelData | unknown;
  measure: 'count' | 'amount';
  orientation: 'vertical' | 'horizontal';
  cumulative: boolean;
  width: number;
}

const funnel = (locale: BoardArgs['locale'] = 'en-US') => sample(locale).funnel;

/** A funnel of `n` stages, each keeping 70–90% of the one above. */
const stages = (n: number): FunnelData => ({
  label: `${n}-stage funnel`,
  stages: Array.from({ length: n }, (_, i) => ({
    id: `step-${i + 1}`,
    name: i === 0 ? 'Website visits' : i === n - 1 ? 'Signed' : `Step ${i + 1}`,
    count: Math.round(12_000 * 0.78 ** i * (1 + (i % 3) * 0.04)),
    amount: Math.round(9_000_000 * 0.83 ** i),
    avgDays: 3 + (i % 4) * 2.5,
    dwellBenchmark: 9,
  })),
  benchmarks: [],
  lost: [
    { reason: 'Price', count: 310 },
    { reason: 'Went silent', count: 120 },
  ],
});

const meta = {
  title: 'Widgets/Funnel',
  component: 'quota-funnel',
  args: { locale: 'en-US', theme: 'light', measure: 'count', orientation: 'vertical', cumulative: false, width: 900, data: funnel() },
  argTypes: {
    ...boardArgTypes,
    measure: { control: 'inline-radio', options: ['count', 'amount'] },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    width: { control: { type: 'range', min: 280, max: 2400, step: 10 } },
  },
  render: (args) =>
    inProvider(
      args,
      html`<div style="max-width: ${args.width}px">
        <quota-funnel measure=${args.measure} orientation=${args.orientation} ?cumulative=${args.cumulative} .data=${args.data}></quota-funnel>
      </div>`,
    ),
} satisfies Meta<FunnelArgs>;
export default meta;
type Story = StoryObj<FunnelArgs>;

export const Default: Story = {};

export const NoBenchmarks: Story = {
  name: 'No benchmarks (lowest conversion is the bottleneck)',
  args: { data: { ...funnel(), benchmarks: [] } },
};

/** `::part(bottleneck)` reaches the summary's sentence and every stage inside the span. */
export const BottleneckPart: Story = {
  name: 'Bottleneck styled through its part',
  render: (args) =>
    inProvider(
      args,
      html`<style>
          .bottleneck-styled quota-funnel::part(bottleneck) {
            outline: 2px dashed var(--quota-color-critical, crimson);
            outline-offset: 2px;
          }
        </style>
        <div class="bottleneck-styled" style="max-width: ${args.width}px">
          <quota-funnel measure=${args.measure} orientation=${args.orientation} ?cumulative=${args.cumulative} .data=${args.data}></quota-funnel>
        </div>`,
    ),
};

export const AllBenchmarksMet: Story = {
  name: 'Every benchmark met',
  args: { data: { ...funnel(), benchmarks: [{ from: 'opportunity', to: 'proposal', rate: 0.5 }, { from: 'proposal', to: 'won', rate: 0.25 }] } },
};

export const Stalled: Story = {
  name: 'Stalled stages',
  args: {
    data: { ...funnel(), stages: funnel().stages.map((s) => (s.dwellBenchmark === undefined ? s : { ...s, avgDays: s.dwellBenchmark * 1.4 })) },
  },
};

export const ByAmount: Story = { name: 'Widths by amount', args: { measure: 'amount' } };

export const Cumulative: Story = { name: 'Cumulative conversion', args: { cumulative: true } };

export const Horizontal: Story = { args: { orientation: 'horizontal', width: 1300, cumulative: true } };

export const HorizontalTooNarrow: Story = {
  name: 'Horizontal, too narrow (drawn vertically)',
  args: { orientation: 'horizontal', width: 520 },
};

export const TwoStages: Story = {
  name: '2 stages',
  args: { data: { label: 'Trial → paid', stages: [{ id: 'trial', name: 'Trials', count: 420 }, { id: 'paid', name: 'Paid', count: 63 }] } },
};

export const TwelveStages: Story = { name: '12 stages', args: { data: stages(12), cumulative: true } };

export const TwelveStagesHorizontal: Story = { name: '12 stages, horizontal on a wall', args: { data: stages(12), orientation: 'horizontal', width: 2400 } };

export const NarrowPhone: Story = { name: 'Narrow phone (stacked bars)', args: { width: 320, cumulative: true } };

/** Too narrow for the bracket's column beside labels that hold "CN¥170.4M": one column, the bracket a rule along the span. */
export const VeryNarrow: Story = { name: 'Very narrow (one column, 120 px)', args: { width: 120, cumulative: true, data: { ...funnel(), currency: 'CNY' } } };

export const Empty: Story = { args: { data: undefined } };

export const BadData: Story = {
  name: 'Error: bad data',
  args: { data: { ...funnel(), stages: [{ id: 'lead', name: 'Leads', count: -4 }] } },
};

export const Stale: Story = {
  name: 'Stale: last good data kept',
  play: ({ canvasElement }) => makeStale(canvasElement, 'quota-funnel', { ...funnel(), stages: 'many' }),
};

export const HostileNames: Story = {
  args: {
    data: {
      ...funnel(),
      stages: funnel().stages.map((s) => ({ ...s, name: `<img src=x onerror="alert(1)"> ${s.name}` })),
      lost: [{ reason: '<script>alert(1)</script>', count: 12 }],
    },
  },
};

export const Dark: Story = { args: { theme: 'dark', cumulative: true } };

export const Tv: Story = { name: 'TV', args: { theme: 'tv', width: 1600, orientation: 'horizontal' } };

export const Chinese: Story = { name: 'zh-CN', args: { locale: 'zh-CN', data: funnel('zh-CN'), cumulative: true } };

export const Playground: Story = {
  args: {
    data: {
      label: 'Playground',
      stages: [
        { id: 'lead', name: 'Leads', count: 500, amount: 2_000_000, avgDays: 5, dwellBenchmark: 7 },
        { id: 'opportunity', name: 'Opportunities', count: 160, amount: 1_400_000, avgDays: 18, dwellBenchmark: 14 },
        { id: 'proposal', name: 'Proposal', count: 80, amount: 900_000 },
        { id: 'won', name: 'Won', count: 30, amount: 420_000 },
      ],
      lost: [
        { reason: 'Price', count: 40 },
        { reason: 'Competitor', count: 25 },
      ],
    },
  },
};
