import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@quota/elements';
import type { Theme } from '@quota/elements';
import { makeStale, sample, type BoardArgs } from './story-helpers.js';

interface WallArgs {
  locale: BoardArgs['locale'];
  /** Unset: the wall's own default, tv. */
  theme: Theme | undefined;
  interval: number;
  paused: boolean;
  shift: number;
  clock: 'date-time' | 'time' | 'none';
  height: number;
  /** Width of the wall in px (0: the whole canvas). */
  width: number;
}

const titles = {
  'en-US': { title: 'East sales', attainment: 'Attainment', leaders: 'Leaderboard', pipeline: 'Pipeline' },
  'zh-CN': { title: '华东销售', attainment: '目标达成', leaders: '销冠榜', pipeline: '销售漏斗' },
};

/** A wall of three boards on the sample data: attainment, leaderboard, pipeline (when the funnel is registered). */
function wall(args: WallArgs) {
  const data = sample(args.locale);
  const t = titles[args.locale];
  const funnel = customElements.get('quota-funnel') !== undefined;
  return html`<quota-provider locale=${args.locale} currency="CNY" style=${args.width ? `max-width: ${args.width}px` : ''}>
    <quota-wall
      theme=${args.theme ?? nothing}
      interval=${args.interval}
      ?paused=${args.paused}
      shift=${args.shift}
      clock=${args.clock}
      style=${`--wall-height: ${args.height}px`}
    >
      <span slot="title">${t.title}</span>
      <section data-board="attainment" aria-label=${t.attainment}>
        <quota-gauge .data=${data.gauge}></quota-gauge>
        <quota-gauge compact .data=${{ ...data.gauge, label: undefined, pipeline: undefined }}></quota-gauge>
      </section>
      <section data-board="leaders" aria-label=${t.leaders} style="grid-template-columns: minmax(0, 1fr)">
        <quota-leaderboard .data=${data.leaderboard}></quota-leaderboard>
      </section>
      ${funnel
        ? html`<section data-board="pipeline" aria-label=${t.pipeline} style="grid-template-columns: minmax(0, 1fr)">
            <quota-funnel .data=${data.funnel}></quota-funnel>
          </section>`
        : nothing}
    </quota-wall>
  </quota-provider>`;
}

const meta = {
  title: 'Widgets/Wall',
  component: 'quota-wall',
  args: { locale: 'en-US', theme: undefined, interval: 20, paused: false, shift: 4, clock: 'date-time', height: 620, width: 0 },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en-US', 'zh-CN'], table: { category: 'provider' } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'tv'] },
    interval: { control: { type: 'number', min: 0, max: 120, step: 1 } },
    shift: { control: { type: 'number', min: 0, max: 12, step: 1 } },
    clock: { control: 'inline-radio', options: ['date-time', 'time', 'none'] },
    height: { control: { type: 'range', min: 320, max: 1200, step: 10 }, description: 'The wall’s height (`--wall-height`) in px; on a TV it is the screen (100dvh).' },
    width: { control: { type: 'range', min: 0, max: 2560, step: 10 }, description: 'Width in px (0: the whole canvas).' },
  },
  parameters: { layout: 'fullscreen' },
  render: (args) => wall(args),
} satisfies Meta<WallArgs>;
export default meta;
type Story = StoryObj<WallArgs>;

export const Default: Story = {};

export const FastRotation: Story = { name: 'Fast rotation (5 s)', args: { interval: 5 } };

export const Paused: Story = { args: { paused: true } };

export const Chinese: Story = { name: 'zh-CN', args: { locale: 'zh-CN' } };

export const Stale: Story = {
  name: 'Stale: a board whose refresh failed',
  args: { paused: true },
  play: ({ canvasElement }) => makeStale(canvasElement, 'quota-gauge', { ...sample().gauge, actual: Number.NaN }),
};

export const Light: Story = { args: { theme: 'light' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Phone: Story = { name: 'Phone width (390 px)', args: { height: 760, width: 390 } };

export const Playground: Story = { args: { interval: 10 } };
