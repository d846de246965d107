import { html, type TemplateResult } from 'lit';
import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { sampleData } from '@quota/domain';
import '../../packages/elements/src/gauge/gauge.js';
import '../../packages/elements/src/leaderboard/leaderboard.js';
import '../../packages/elements/src/funnel/funnel.js';
import '../../packages/elements/src/target-tree/target-tree.js';
import '../../packages/elements/src/task-board/task-board.js';
import { cleanup, expectAxeClean, fixture, settle, shadow } from './helpers.js';

/*
 * Forced colours (Windows high contrast) as the widgets meet it: the page is put in real forced-colors
 * mode through the DevTools protocol (the `emulate-media-features` command of
 * scripts/wtr-media-features.mjs), so Chromium itself forces its system colours on backgrounds,
 * borders and text, while SVG keeps the fill and stroke the widgets' own `forced-colors` rules give.
 */

const forceColors = async (): Promise<() => Promise<unknown>> => {
  await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
  expect(matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(true);
  return () => executeServerCommand('emulate-media-features', []);
};

const SYSTEM_COLOURS = ['CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonText', 'ButtonBorder', 'FieldText', 'Highlight', 'HighlightText', 'GrayText', 'Mark', 'MarkText'];

/** The system colours (as computed rgb) that stand out from Canvas. */
function systemInk(): Set<string> {
  const probe = document.createElement('span');
  document.body.append(probe);
  const resolve = (name: string) => {
    probe.style.color = name;
    return getComputedStyle(probe).color;
  };
  const canvas = resolve('Canvas');
  const ink = new Set(SYSTEM_COLOURS.map(resolve).filter((c) => c !== canvas));
  probe.remove();
  return ink;
}

/** How `piece` still shows under forced colours (in system colours), or an empty list when it would vanish. */
function visiblePaint(piece: Element, ink: Set<string>): string[] {
  const cs = getComputedStyle(piece);
  if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return [];
  const paint: string[] = [];
  if (piece instanceof SVGElement) {
    if (ink.has(cs.fill) && Number(cs.fillOpacity) > 0) paint.push(`fill ${cs.fill}`);
    if (ink.has(cs.stroke) && parseFloat(cs.strokeWidth) > 0 && Number(cs.strokeOpacity) > 0) paint.push(`stroke ${cs.stroke}`);
    return paint;
  }
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const width = parseFloat(cs.getPropertyValue(`border-${side}-width`));
    const style = cs.getPropertyValue(`border-${side}-style`);
    if (width > 0 && style !== 'none' && style !== 'hidden' && ink.has(cs.getPropertyValue(`border-${side}-color`))) paint.push(`border-${side}`);
  }
  if (ink.has(cs.backgroundColor)) paint.push(`background ${cs.backgroundColor}`);
  if ((cs.backgroundImage.match(/rgba?\([^)]*\)/g) ?? []).some((c) => ink.has(c))) paint.push('background image');
  return paint;
}

const sample = sampleData(7);

interface Case {
  widget: string;
  template: () => TemplateResult;
  /** The pieces that carry the figures: each must stay visible. */
  pieces: Record<string, string>;
}

const cases: Case[] = [
  {
    widget: 'quota-gauge',
    template: () => html`<quota-gauge locale="en-US" .data=${structuredClone(sample.gauge)}></quota-gauge>`,
    pieces: { 'tier bands': '[part~="band"]', 'value arc': '[part~="value"]' },
  },
  {
    widget: 'quota-leaderboard',
    template: () => html`<quota-leaderboard locale="en-US" .data=${structuredClone(sample.leaderboard)}></quota-leaderboard>`,
    pieces: { 'bar tracks': '[part~="bar"] .track', 'bar values': '[part~="bar-value"]' },
  },
  {
    widget: 'quota-funnel',
    template: () => html`<quota-funnel locale="en-US" .data=${structuredClone(sample.funnel)}></quota-funnel>`,
    pieces: { 'stage bars': '[part~="shape"]' },
  },
  {
    widget: 'quota-target-tree',
    template: () => html`<quota-target-tree locale="en-US" as-of=${sample.asOf} .data=${structuredClone(sample.targetTree)}></quota-target-tree>`,
    pieces: { 'attainment bars': '.bar' },
  },
  {
    widget: 'quota-task-board',
    template: () => html`<quota-task-board locale="en-US" .data=${structuredClone(sample.tasks)}></quota-task-board>`,
    pieces: { quadrants: '[part~="quadrant"]', tasks: '[part~="task"]' },
  },
];

describe('forced colours (Windows high contrast)', () => {
  let restore: (() => Promise<unknown>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
    cleanup();
  });

  for (const { widget, template, pieces } of cases) {
    it(`<${widget}> keeps its ${Object.keys(pieces).join(' and ')} visible in system colours, axe clean`, async () => {
      const el = await fixture<HTMLElement>(template());
      restore = await forceColors();
      await settle(el);
      const ink = systemInk();
      for (const [name, selector] of Object.entries(pieces)) {
        const found = [...shadow(el).querySelectorAll(selector)];
        expect(found, `${widget} draws ${name}`).to.not.be.empty;
        const hidden = found.filter((piece) => visiblePaint(piece, ink).length === 0);
        expect(
          hidden.map((piece) => `${piece.localName}.${[...piece.classList].join('.')}`),
          `${name} with no system colour or border under forced colours`,
        ).to.deep.equal([]);
      }
      await expectAxeClean(el);
    });
  }

  it('the check sees the difference: without forced colours the gauge draws in its theme colours, not system ones', async () => {
    const el = await fixture<HTMLElement>(cases[0]!.template());
    const value = shadow(el).querySelector('[part~="value"]')!;
    expect(visiblePaint(value, systemInk())).to.deep.equal([]);
    restore = await forceColors();
    await settle(el);
    expect(visiblePaint(value, systemInk())).to.not.be.empty;
  });
});
