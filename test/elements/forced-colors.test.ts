import { html, type TemplateResult } from 'lit';
import { expect } from 'chai';
import { sampleData } from '@quota/domain';
import '../../packages/elements/src/gauge/gauge.js';
import '../../packages/elements/src/leaderboard/leaderboard.js';
import '../../packages/elements/src/funnel/funnel.js';
import '../../packages/elements/src/target-tree/target-tree.js';
import '../../packages/elements/src/task-board/task-board.js';
import { cleanup, expectAxeClean, fixture, settle, shadow } from './helpers.js';

/*
 * Forced colours (Windows high contrast) as the widgets meet it. The test browser is driven through
 * Puppeteer, whose media emulation (emulateMedia of @web/test-runner-commands) only knows
 * prefers-color-scheme and prefers-reduced-motion, so the page turns on the widgets'
 * `@media (forced-colors: active)` rules itself and the checks below model what the browser then
 * forces: outside SVG (where the UA keeps the author's fill and stroke) a background only shows with
 * `forced-color-adjust: none`, while borders always keep their width and get a system colour.
 */

const FORCED = /forced-colors\s*:\s*active/;

/** Every style sheet in `el`'s shadow roots, nested ones included. */
function sheetsIn(el: Element): Set<CSSStyleSheet> {
  const sheets = new Set<CSSStyleSheet>();
  const visit = (root: ShadowRoot) => {
    for (const sheet of [...root.adoptedStyleSheets, ...root.styleSheets]) sheets.add(sheet as CSSStyleSheet);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  for (const host of [el, ...el.querySelectorAll('*')]) if (host.shadowRoot) visit(host.shadowRoot);
  return sheets;
}

/** Turns on the `@media (forced-colors: active)` rules the widget in `el` uses; returns how to turn them off. */
function forceColors(el: Element): () => void {
  const changed: [CSSMediaRule, string][] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && FORCED.test(rule.media.mediaText)) {
        changed.push([rule, rule.media.mediaText]);
        rule.media.mediaText = 'all';
      }
      if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
    }
  };
  for (const sheet of sheetsIn(el)) walk(sheet.cssRules);
  expect(changed, 'forced-colors rules found').to.not.be.empty;
  return () => {
    for (const [rule, text] of changed) rule.media.mediaText = text;
  };
}

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

/** How `piece` still shows under forced colours, or an empty list when it would vanish. */
function visiblePaint(piece: Element, ink: Set<string>): string[] {
  const cs = getComputedStyle(piece);
  if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return [];
  const paint: string[] = [];
  if (piece instanceof SVGElement) {
    if (ink.has(cs.fill) && Number(cs.fillOpacity) > 0) paint.push(`fill ${cs.fill}`);
    if (ink.has(cs.stroke) && parseFloat(cs.strokeWidth) > 0 && Number(cs.strokeOpacity) > 0) paint.push(`stroke ${cs.stroke}`);
    return paint;
  }
  const keepsColours = cs.forcedColorAdjust === 'none';
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    const width = parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const colour = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
    if (width > 0 && style !== 'none' && style !== 'hidden' && (!keepsColours || ink.has(colour))) paint.push(`border-${side.toLowerCase()}`);
  }
  if (keepsColours) {
    if (ink.has(cs.backgroundColor)) paint.push(`background ${cs.backgroundColor}`);
    const image = cs.backgroundImage.match(/rgba?\([^)]*\)/g) ?? [];
    if (image.some((c) => ink.has(c))) paint.push('background image');
  }
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
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    cleanup();
  });

  for (const { widget, template, pieces } of cases) {
    it(`<${widget}> keeps its ${Object.keys(pieces).join(' and ')} visible in system colours, axe clean`, async () => {
      const el = await fixture<HTMLElement>(template());
      restore = forceColors(el);
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
    const ink = systemInk();
    const value = shadow(el).querySelector('[part~="value"]')!;
    expect(visiblePaint(value, ink)).to.deep.equal([]);
    restore = forceColors(el);
    await settle(el);
    expect(visiblePaint(value, ink)).to.not.be.empty;
  });
});
