import { css } from 'lit';

/*
 * Every label sits in its own grid cell and wraps inside it (min-width 0,
 * overflow-wrap anywhere), so labels cannot overlap; layout.ts picks the
 * arrangement and the column sizes (set as --_* properties on .funnel), each
 * label cell at least as wide as the longest figure: a figure never breaks
 * mid-number (counts and amounts stay on one line, .whole-figures).
 */
export const funnelStyles = css`
  :host {
    --_stage: var(--funnel-stage-color, var(--_color-accent));
    --_neck-opacity: var(--funnel-connector-opacity, 0.3);
    --_bottleneck: var(--funnel-bottleneck-color, var(--_color-critical));
    --_hatch: color-mix(in srgb, var(--_color-bg) 55%, transparent);
    max-width: var(--funnel-max-width, none);
  }
  p {
    margin: 0;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .funnel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'summary' 'main' 'loss';
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
  }
  .funnel.loss-beside {
    grid-template-columns: minmax(0, 1fr) var(--_aside);
    grid-template-areas: 'summary summary' 'main loss';
    align-items: start;
  }
  .summary {
    grid-area: summary;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
  }
  .summary > * {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .title {
    flex-basis: 100%;
    font-weight: 700;
    font-size: 1.1em;
  }
  .win-rate strong {
    font-size: 1.3em;
    font-variant-numeric: tabular-nums;
  }
  .basis,
  .measure {
    color: var(--_color-muted);
  }
  .measure {
    font-size: 0.86em;
  }
  .bottleneck {
    flex-basis: 100%;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-inline-start: 4px solid var(--_bottleneck);
    background: var(--_color-surface);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .bottleneck.lowest-conversion {
    border-inline-start-style: dashed;
  }
  .main {
    grid-area: main;
    min-width: 0;
  }
  .stages {
    display: grid;
    column-gap: var(--_gap, calc(var(--_space) * 1.5));
  }
  .stage {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    cursor: pointer;
  }
  .stage > * {
    min-width: 0;
  }
  .mark,
  .cmark {
    grid-area: mark;
    position: relative;
  }
  .cmark {
    grid-area: cmark;
  }
  .shape {
    grid-area: shape;
    position: relative;
  }
  .neck {
    grid-area: cshape;
  }
  .label {
    grid-area: label;
    align-self: center;
    padding-block: calc(var(--_space) * 0.5);
    overflow-wrap: anywhere;
  }
  .conv {
    grid-area: conv;
    align-self: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    padding-block: calc(var(--_space) * 0.25);
    font-size: 0.86em;
    color: var(--_color-muted);
    overflow-wrap: anywhere;
  }
  .conv > *,
  .figures > * {
    min-width: 0;
  }
  .rate {
    color: var(--_color-text);
    font-variant-numeric: tabular-nums;
  }
  .rate::before {
    content: '↓ ' / '';
  }
  .mode-columns .rate::before {
    content: '→ ' / '';
  }
  .bench.missed,
  .tag {
    color: var(--_color-text);
    font-weight: 600;
  }
  .tag {
    color: var(--_bottleneck);
  }
  .name {
    display: inline;
    max-width: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .name:hover,
  .selected .name {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .selected .name {
    text-decoration-thickness: 2px;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    font-variant-numeric: tabular-nums;
  }
  .count {
    font-weight: 600;
  }
  .amount,
  .cumulative,
  .dwell {
    color: var(--_color-muted);
  }
  .dwell.stalled {
    color: var(--_color-warning);
    font-weight: 600;
  }

  /* Shapes: bars centred in their cell, necks (cells of their own) tapering between them. */
  .bar,
  .neck {
    forced-color-adjust: none;
    background: var(--_stage);
  }
  .bar {
    position: absolute;
    top: 0;
    bottom: 0;
    left: 50%;
    width: calc(var(--_s) * 100%);
    min-width: 3px;
    transform: translateX(-50%);
    border-radius: 3px;
    transition: width var(--_motion-duration) ease-out, height var(--_motion-duration) ease-out;
  }
  .bar.zero {
    min-width: 0;
    width: 100%;
    background: none;
    border: 1px dashed var(--_color-muted);
  }
  .bar.stalled {
    background-image: repeating-linear-gradient(-45deg, transparent 0 5px, var(--_hatch) 5px 9px);
    outline: 2px dashed var(--_color-warning);
    outline-offset: 2px;
  }
  .selected .bar {
    box-shadow: 0 0 0 2px var(--_color-bg), 0 0 0 4px var(--_color-text);
  }
  .stage:hover .bar {
    filter: brightness(1.12);
  }
  .neck {
    opacity: var(--_neck-opacity);
    clip-path: polygon(
      calc(50% - var(--_a) * 50%) 0,
      calc(50% + var(--_a) * 50%) 0,
      calc(50% + var(--_b) * 50%) 100%,
      calc(50% - var(--_b) * 50%) 100%
    );
    transition: clip-path var(--_motion-duration) ease-out;
  }
  .neck.in-bottleneck {
    opacity: 0.7;
    background: var(--_bottleneck);
    background-image: repeating-linear-gradient(45deg, transparent 0 4px, var(--_hatch) 4px 7px);
  }

  /* The bottleneck bracket: a thick line along the span, with caps at its ends pointing at the shapes. */
  .b-start::before,
  .b-middle::before,
  .b-end::before,
  .b-start::after,
  .b-end::after {
    content: '';
    position: absolute;
    forced-color-adjust: none;
    background: var(--_bottleneck);
  }
  .b-start::before,
  .b-middle::before,
  .b-end::before {
    inset-inline-start: calc(50% - 2px);
    inline-size: 4px;
    top: 0;
    bottom: 0;
  }
  .b-start::before {
    top: 50%;
  }
  .b-end::before {
    bottom: 50%;
  }
  .b-start::after,
  .b-end::after {
    inset-inline: 0 calc(50% - 2px);
    height: 4px;
    top: calc(50% - 2px);
  }
  .mode-bars .b-start::after,
  .mode-bars .b-end::after {
    inset-inline: calc(50% - 2px) 0;
  }

  /* funnel: shapes | bracket | labels, a neck row above every stage but the first. */
  .mode-funnel .stages {
    grid-template-columns: minmax(0, var(--_shape)) var(--_mark) minmax(0, 1fr);
  }
  .mode-funnel .stage {
    grid-template-areas: 'cshape cmark conv' 'shape mark label';
    grid-template-rows: minmax(1.75em, auto) minmax(var(--_stage-min), auto);
  }
  .mode-funnel .stage:first-child {
    grid-template-areas: 'shape mark label';
    grid-template-rows: minmax(var(--_stage-min), auto);
  }

  /* bars: narrow; labels with a bar below, left-aligned. */
  .mode-bars .stages {
    grid-template-columns: var(--_mark) minmax(0, 1fr);
  }
  .mode-bars .stage {
    grid-template-areas: 'cmark conv' 'mark label' 'mark shape';
  }
  .mode-bars .stage:first-child {
    grid-template-areas: 'mark label' 'mark shape';
  }
  .mode-bars .neck {
    display: none;
  }
  .mode-bars .shape {
    height: 0.9em;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .mode-bars .bar {
    left: auto;
    inset-inline-start: 0;
    transform: none;
  }
  .mode-bars .label {
    padding-block-end: calc(var(--_space) * 0.25);
  }
  /* One column when even the bracket's column would leave the labels too narrow: a rule along the span instead. */
  .one-column .stages {
    grid-template-columns: minmax(0, 1fr);
  }
  .one-column .stage {
    grid-template-areas: 'conv' 'label' 'shape';
  }
  .one-column .stage:first-child {
    grid-template-areas: 'label' 'shape';
  }
  .one-column .mark,
  .one-column .cmark {
    display: none;
  }
  .one-column .stage > :is(.conv, .label, .shape) {
    border-inline-start: 0.2em solid transparent;
    padding-inline-start: 0.3em;
  }
  .one-column .conv.in-bottleneck,
  .one-column .stage[part~='stage-bottleneck'] > :is(.label, .shape) {
    border-inline-start-color: var(--_bottleneck);
  }
  .whole-figures :is(.count, .amount),
  .whole-figures .win-rate strong {
    white-space: nowrap;
  }

  /* columns: horizontal; labels above, shapes, bracket row, conversions below. */
  .mode-columns .stages {
    column-gap: 0;
    grid-template-rows: auto var(--_shape) var(--_mark) auto;
  }
  .mode-columns .stage {
    grid-row: 1 / -1;
    grid-column: span 2;
    grid-template-rows: subgrid;
    grid-template-areas: '. label' 'cshape shape' 'cmark mark' 'conv conv';
  }
  .mode-columns .stage:first-child {
    grid-column: span 1;
    grid-template-areas: 'label' 'shape' 'mark' '.';
  }
  .mode-columns .label,
  .mode-columns .conv {
    align-self: end;
    padding-inline: calc(var(--_space) * 0.5);
  }
  .mode-columns .conv {
    align-self: start;
  }
  .mode-columns .bar {
    left: 0;
    width: 100%;
    min-width: 0;
    top: 50%;
    bottom: auto;
    height: calc(var(--_s) * 100%);
    min-height: 3px;
    transform: translateY(-50%);
  }
  .mode-columns .bar.zero {
    top: 0;
    height: 100%;
    transform: none;
  }
  .mode-columns .neck {
    --_l: var(--_a);
    --_r: var(--_b);
    clip-path: polygon(0 calc(50% - var(--_l) * 50%), 100% calc(50% - var(--_r) * 50%), 100% calc(50% + var(--_r) * 50%), 0 calc(50% + var(--_l) * 50%));
  }
  .mode-columns:dir(rtl) .neck {
    --_l: var(--_b);
    --_r: var(--_a);
  }
  .mode-columns .b-start::before,
  .mode-columns .b-middle::before,
  .mode-columns .b-end::before {
    top: calc(50% - 2px);
    bottom: auto;
    height: 4px;
    inset-inline: 0;
    inline-size: auto;
  }
  .mode-columns .b-start::before {
    inset-inline-start: 50%;
  }
  .mode-columns .b-end::before {
    inset-inline-end: 50%;
  }
  .mode-columns .b-start::after,
  .mode-columns .b-end::after {
    top: 0;
    bottom: calc(50% - 2px);
    height: auto;
    inset-inline: calc(50% - 2px) auto;
    inline-size: 4px;
  }

  /* Loss reasons: laid out only once near the viewport (often below the fold on a dashboard). */
  .loss {
    grid-area: loss;
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .loss-title {
    overflow-wrap: anywhere;
  }
  .loss ol {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .loss-reason {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75em;
  }
  .reason {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .loss-figures {
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }
  .loss-track {
    flex-basis: 100%;
    height: 0.5em;
    border-radius: 2px;
    background: var(--_color-track);
    forced-color-adjust: none;
  }
  .loss-bar {
    display: block;
    height: 100%;
    width: calc(var(--_s) * 100%);
    border-radius: 2px;
    background: var(--_color-muted);
    forced-color-adjust: none;
    transition: width var(--_motion-duration) ease-out;
  }

  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .loss-track {
      border: 1px solid CanvasText;
      background: Canvas;
    }
    .loss-bar {
      background: CanvasText;
    }
  }
`;
