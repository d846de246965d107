import { css } from 'lit';

/** The header: title, the board name with its data age and stale marker, the clock. */
export const headerStyles = css`
  .header {
    grid-area: header;
    margin-inline: calc(var(--_space) * 2);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
  }
  .title {
    padding-inline-end: calc(var(--_space) * 2);
    border-inline-end: 2px solid var(--_color-border);
    font-weight: 700;
    color: var(--_color-muted);
  }
  .title ::slotted(*) {
    margin: 0;
    font-size: 1.1em;
  }
  .now {
    display: flex;
    flex: 1 1 auto;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    min-width: 0;
  }
  .board-name {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .age {
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }
  .marker {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    padding: 0.05em 0.5em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 700;
  }
  .marker.stale {
    color: var(--_color-warning);
    border-style: dashed;
  }
  .marker.failed {
    color: var(--_color-critical);
  }
  .clock {
    display: grid;
    justify-items: end;
    margin-inline-start: auto;
    line-height: 1.15;
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }
  .clock .time {
    font-size: 1.9em;
    font-weight: 600;
  }
  .clock .date {
    font-size: 0.85em;
  }
`;
