import { css } from 'lit';

/*
 * The frame: host properties, the grid of summary, stages and loss reasons,
 * and the summary above the stages (the rest: stages, shapes, arrangements,
 * loss and forced-colors .styles.ts, in that cascade order).
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
`;
