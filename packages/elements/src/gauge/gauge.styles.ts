import { css } from 'lit';

export const gaugeStyles = css`
  :host {
    --_size: var(--gauge-size, 100%);
    --_track: var(--gauge-track-color, var(--_color-track));
    --_band-opacity: var(--gauge-band-opacity, 0.28);
    max-width: var(--gauge-max-width, 480px);
  }
  figure {
    margin: 0;
  }
  svg {
    display: block;
    width: var(--_size);
    height: auto;
    overflow: visible;
  }
  .track {
    fill: var(--_track);
  }
  .band {
    opacity: var(--_band-opacity);
  }
  .band-below,
  .tier-below {
    fill: var(--_color-below);
    color: var(--_color-below);
  }
  .band-standard,
  .tier-standard {
    fill: var(--_color-standard);
    color: var(--_color-standard);
  }
  .band-exceeded,
  .tier-exceeded {
    fill: var(--_color-exceeded);
    color: var(--_color-exceeded);
  }
  .band-outstanding,
  .tier-outstanding {
    fill: var(--_color-outstanding);
    color: var(--_color-outstanding);
  }
  .value {
    transition: d var(--_motion-duration) ease-out;
  }
  .range {
    fill: var(--_color-forecast);
    opacity: 0.45;
  }
  .tick {
    fill: var(--_color-muted);
    font-size: 10px;
  }
  .marker line {
    stroke-width: 3;
  }
  .marker text {
    font-size: 10px;
    font-weight: 600;
  }
  .pace line,
  .pace path {
    stroke: var(--_color-pace);
    fill: var(--_color-pace);
  }
  .pace text {
    fill: var(--_color-pace);
  }
  .forecast line {
    stroke: var(--_color-forecast);
    stroke-dasharray: 3 2;
  }
  .forecast path,
  .forecast text {
    fill: var(--_color-forecast);
  }
  .figure {
    fill: var(--_color-text);
    font-size: 38px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  svg .tier-name {
    font-size: 13px;
    font-weight: 600;
  }
  .compact .tier-name {
    font-size: 1em;
    font-weight: 600;
  }
  .overflow {
    fill: var(--_color-text);
  }
  figcaption {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    text-align: center;
    color: var(--_color-text);
  }
  .label {
    font-weight: 600;
  }
  .amount {
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.92em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .glyph {
    width: 0.9em;
    height: 0.9em;
    flex: none;
  }
  .highlights {
    margin: 0;
    padding: 0;
    list-style: none;
    text-align: start;
    font-size: 0.92em;
  }
  .highlights li::before {
    content: '⚠ ';
  }
  .highlights .critical {
    color: var(--_color-critical);
    font-weight: 600;
  }
  /* Compact: number + bar, for small tiles. */
  .compact {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .compact .top {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  .compact .number {
    font-size: 2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .compact svg {
    height: 18px;
  }
  @media (forced-colors: active) {
    .band {
      opacity: 1;
      fill: Canvas;
      stroke: CanvasText;
    }
    .value {
      fill: Highlight;
    }
  }
`;
