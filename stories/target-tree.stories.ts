import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { rollupTargets, sampleOrg, type TargetNode } from '@quota/domain';
import '@quota/elements';
import { boardArgTypes, inProvider, makeStale, sample, type BoardArgs } from './story-helpers.js';

interface TargetTreeArgs extends BoardArgs {
  data: TargetNode | unknown;
  layout: 'list' | 'tree';
  attention: boolean;
  drill: string | undefined;
  expandDepth: number;
  width: number;
}

const tree = (locale: BoardArgs['locale'] = 'en-US') => sample(locale).targetTree;
const asOf = sample().asOf;

/** A company whose regions' targets add up under its own, and a region whose reps' add up over. */
const mismatched: TargetNode = {
  id: 'company', name: 'Acme Sales', split: 'region', target: 12_000_000, period: sample().period,
  children: [
    { id: 'east', name: 'East', split: 'org', target: 6_000_000, children: [
      { id: 'ann', name: 'Ann Lee', target: 3_000_000, actual: 1_700_000 },
      { id: 'bob', name: 'Bob Wang', target: 3_000_000, actual: 400_000 },
    ] },
    { id: 'west', name: 'West', split: 'product', target: 4_000_000, children: [
      { id: 'core', name: 'Core products', target: 2_700_000, actual: 1_500_000 },
      { id: 'new', name: 'New products', target: 1_800_000, actual: 1_100_000 },
    ] },
  ],
};

/** A 1,000-level chain: every level splits by time, the deepest has the numbers. */
function chain(levels: number): TargetNode {
  const root: TargetNode = { id: 'l0', name: 'Level 1', split: 'time', period: sample().period };
  let node = root;
  for (let i = 1; i < levels; i++) node = (node.children = [{ id: `l${i}`, name: `Level ${i + 1}`, split: 'time' }])[0]!;
  node.target = 100_000;
  node.actual = 30_000;
  delete node.split;
  return root;
}

let big: unknown;
/** 10,000 reps, rolled up once (as a server would) so the story opens at once. */
const tenThousand = () => (big ??= rollupTargets(sampleOrg(7, 10_000), { asOf }));

const meta = {
  title: 'Widgets/Target tree',
  component: 'quota-target-tree',
  args: { locale: 'en-US', theme: 'light', data: tree(), layout: 'list', attention: false, drill: undefined, expandDepth: 1, width: 1100 },
  argTypes: {
    ...boardArgTypes,
    layout: { control: 'inline-radio', options: ['list', 'tree'] },
    drill: { control: 'text', description: 'Id of the node drilled into (e.g. east, east-t2)' },
    expandDepth: { control: { type: 'number', min: 0, max: 1000, step: 1 } },
    width: { control: { type: 'range', min: 320, max: 2560, step: 10 } },
  },
  render: (args) =>
    inProvider(
      args,
      html`<div style="max-width: ${args.width}px">
        <quota-target-tree
          as-of=${asOf}
          layout=${args.layout}
          ?attention=${args.attention}
          .drill=${args.drill}
          .expandDepth=${args.expandDepth}
          .data=${args.data}
        ></quota-target-tree>
      </div>`,
    ),
} satisfies Meta<TargetTreeArgs>;
export default meta;
type Story = StoryObj<TargetTreeArgs>;

export const Default: Story = {};

export const TwoLevels: Story = { name: 'Two levels open', args: { expandDepth: 2 } };

export const Attention: Story = { name: 'Attention mode', args: { attention: true } };

export const NodeLink: Story = { name: 'Node-link tree', args: { layout: 'tree', drill: 'east', expandDepth: 2 } };

export const NodeLinkFallback: Story = { name: 'Node-link tree, too many nodes (falls back to the list)', args: { layout: 'tree', expandDepth: 10 } };

export const DrilledIn: Story = { name: 'Drilled in (breadcrumb)', args: { drill: sample().cast.mismatchTeam, expandDepth: 2 } };

export const TenThousand: Story = { name: '10,000 reps (virtualised)', render: (args) => meta.render({ ...args, data: tenThousand() }) };

export const Chain: Story = { name: '1,000-level chain', args: { data: chain(1000), expandDepth: 1000 } };

export const Mismatch: Story = { name: 'Target mismatch (over and under)', args: { data: mismatched, expandDepth: 2 } };

export const Empty: Story = { args: { data: undefined } };

export const BadData: Story = {
  name: 'Error: bad data',
  args: { data: { ...tree(), children: [{ id: 'x', name: 'X', target: -1 }, { id: 'x', name: 'Y' }] } },
};

export const Stale: Story = {
  name: 'Stale: last good data kept',
  play: ({ canvasElement }) => makeStale(canvasElement, 'quota-target-tree', { ...tree(), id: '' }),
};

export const HostileNames: Story = {
  args: { data: { ...mismatched, name: '<img src=x onerror="alert(1)"> Acme', children: [{ id: 'x', name: '<script>alert(1)</script>', target: 10 }] } },
};

export const Dark: Story = { args: { theme: 'dark', attention: true } };

export const Tv: Story = { name: 'TV', args: { theme: 'tv', width: 2560, expandDepth: 2 } };

export const Phone: Story = { name: 'Phone width', args: { width: 360 } };

export const Chinese: Story = { name: 'zh-CN', args: { locale: 'zh-CN', data: tree('zh-CN') } };

export const Playground: Story = { args: { data: mismatched, layout: 'tree', expandDepth: 2 } };
