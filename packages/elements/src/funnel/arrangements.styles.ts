import { css } from 'lit';

/** The arrangements layout.ts picks by width (funnel, bars, one column, columns): the stages grid and each stage's areas. */
export const arrangementStyles = css`
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
`;
