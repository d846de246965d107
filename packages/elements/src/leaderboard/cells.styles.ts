import { css } from 'lit';

/** What each cell holds: rank, movement, name and badges, the attainment figure and bar, amount, alerts, KPIs. */
export const cellStyles = css`
  .rank {
    font-weight: 700;
    font-size: 1.1em;
  }
  .tie {
    margin-inline-start: 0.1em;
    color: var(--_color-muted);
  }
  .movement .shown {
    display: inline-flex;
    align-items: baseline;
    gap: 0.15em;
    font-weight: 600;
    white-space: nowrap;
  }
  .movement.up {
    color: var(--_color-exceeded);
  }
  .movement.down {
    color: var(--_color-below);
  }
  .movement.same {
    color: var(--_color-muted);
  }
  .movement .glyph {
    font-size: 0.8em;
  }
  .new-mark {
    padding: 0 0.3em;
    border: 1px solid currentColor;
    border-radius: 4px;
    color: var(--_color-accent);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .name {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.5em;
  }
  .name-text {
    font-weight: 600;
  }
  .badge,
  .flag {
    display: inline-flex;
    align-items: baseline;
    gap: 0.25em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.champion {
    color: var(--_color-standard);
  }
  .badge.newcomer {
    color: var(--_color-info);
  }
  .badge.most-improved {
    color: var(--_color-exceeded);
  }
  .flags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .flag {
    white-space: normal;
    border-radius: 4px;
  }
  .flag.warning {
    color: var(--_color-warning);
  }
  .flag.critical {
    color: var(--_color-critical);
  }
  .flag.info {
    color: var(--_color-info);
  }
  /* The figure line, then the bar; past the scale's top the bar ends in ↗, drawn over its end. */
  .attainment {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.2em;
  }
  .attainment > .bar,
  .attainment > .bar-overflow {
    grid-row: 2;
    grid-column: 1;
  }
  .bar-overflow {
    justify-self: end;
    align-self: center;
    padding: 0 0.15em;
    border-radius: 4px;
    background: var(--_color-bg);
    color: var(--_color-text);
    font-size: 0.85em;
    font-weight: 700;
    line-height: 1;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.45em;
  }
  .pct {
    font-weight: 700;
  }
  .qmark {
    color: var(--_color-warning);
    font-weight: 700;
  }
  .tier {
    font-size: 0.85em;
    font-weight: 600;
  }
  .tier-below .tier {
    color: var(--_color-below);
  }
  .tier-standard .tier {
    color: var(--_color-standard);
  }
  .tier-exceeded .tier {
    color: var(--_color-exceeded);
  }
  .tier-outstanding .tier {
    color: var(--_color-outstanding);
  }
  .tier-none .tier {
    color: var(--_color-muted);
  }
  .bar {
    display: block;
    width: 100%;
    height: var(--_bar-h);
    overflow: visible;
  }
  .bar .track {
    fill: var(--_color-track);
  }
  .bar .fill {
    fill: var(--_color-accent);
  }
  .tier-below .fill {
    fill: var(--_color-below);
  }
  .tier-standard .fill {
    fill: var(--_color-standard);
  }
  .tier-exceeded .fill {
    fill: var(--_color-exceeded);
  }
  .tier-outstanding .fill {
    fill: var(--_color-outstanding);
  }
  .bar .tick {
    fill: none;
    stroke: var(--_color-bg);
    stroke-width: 2;
  }
  .bar .pace {
    fill: none;
    stroke: var(--_color-pace);
    stroke-width: 2;
  }
  .amount .actual {
    font-weight: 600;
  }
  .amount .target {
    display: block;
    color: var(--_color-muted);
    font-size: 0.85em;
  }
  .kpi {
    white-space: nowrap;
  }
  .kpi .glyph {
    margin-inline-end: 0.2em;
    font-weight: 700;
  }
  .kpi.met .glyph {
    color: var(--_color-exceeded);
  }
  .kpi.missed .glyph {
    color: var(--_color-below);
  }
  @media (forced-colors: active) {
    .bar .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .bar .fill {
      fill: Highlight;
    }
    .bar-overflow {
      border: 1px solid CanvasText;
    }
  }
`;
