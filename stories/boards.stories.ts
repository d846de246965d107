import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../docs/src/boards.css';
import { BOARD_KINDS, renderBoard, type BoardKind } from '../docs/src/boards.js';
import { boardArgTypes, sample, type BoardArgs } from './story-helpers.js';

interface WholeBoardArgs extends BoardArgs {
  board: BoardKind;
}

/**
 * The three boards of the product brief (attainment; funnel health;
 * activity) and "everything": the five widgets composed under one
 * <quota-provider>, with the key figures first. The same composition as the
 * demo board (docs/src/boards.ts). Switch language and theme in the controls.
 */
const meta = {
  title: 'Boards',
  component: 'quota-provider',
  args: { board: 'everything', locale: 'en-US', theme: 'light' },
  argTypes: { ...boardArgTypes, board: { control: 'select', options: BOARD_KINDS } },
  parameters: { layout: 'fullscreen' },
  render: ({ board, locale, theme }) => {
    const data = sample(locale);
    return html`<quota-provider class="board-frame" locale=${locale} theme=${theme} currency=${data.currency} as-of=${data.asOf}>
      ${renderBoard({ kind: board, sample: data, locale })}
    </quota-provider>`;
  },
} satisfies Meta<WholeBoardArgs>;
export default meta;
type Story = StoryObj<WholeBoardArgs>;

export const Attainment: Story = { args: { board: 'attainment' } };
export const AttainmentChinese: Story = { name: 'Attainment · zh-CN', args: { board: 'attainment', locale: 'zh-CN' } };
export const AttainmentDark: Story = { name: 'Attainment · dark', args: { board: 'attainment', theme: 'dark' } };
export const AttainmentTv: Story = { name: 'Attainment · TV, zh-CN', args: { board: 'attainment', theme: 'tv', locale: 'zh-CN' } };

export const FunnelHealth: Story = { name: 'Funnel health', args: { board: 'funnel' } };
export const FunnelHealthChinese: Story = { name: 'Funnel health · zh-CN', args: { board: 'funnel', locale: 'zh-CN' } };
export const FunnelHealthDark: Story = { name: 'Funnel health · dark', args: { board: 'funnel', theme: 'dark' } };
export const FunnelHealthTv: Story = { name: 'Funnel health · TV, zh-CN', args: { board: 'funnel', theme: 'tv', locale: 'zh-CN' } };

export const Activity: Story = { args: { board: 'activity' } };
export const ActivityChinese: Story = { name: 'Activity · zh-CN', args: { board: 'activity', locale: 'zh-CN' } };
export const ActivityDark: Story = { name: 'Activity · dark', args: { board: 'activity', theme: 'dark' } };
export const ActivityTv: Story = { name: 'Activity · TV, zh-CN', args: { board: 'activity', theme: 'tv', locale: 'zh-CN' } };

export const Everything: Story = { args: { board: 'everything' } };
export const EverythingChinese: Story = { name: 'Everything · zh-CN', args: { board: 'everything', locale: 'zh-CN' } };
export const EverythingDark: Story = { name: 'Everything · dark', args: { board: 'everything', theme: 'dark' } };
export const EverythingTv: Story = { name: 'Everything · TV, zh-CN', args: { board: 'everything', theme: 'tv', locale: 'zh-CN' } };
