import { css } from 'lit';

/** Each stage as a subgrid row of the stages grid: its cells, name button, conversion line and figures. */
export const stageStyles = css`
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
`;
