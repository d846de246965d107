import { css } from 'lit';

/** A quadrant: its colour, its drop-target outline, its header and the scrolling grid of its cards. */
export const quadrantStyles = css`
  .quadrant {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    min-width: 0;
    min-height: 0;
    padding: var(--_gap);
    border: 1px solid var(--_color-border);
    border-top: 4px solid var(--_q-color, var(--_color-border));
    border-radius: var(--_radius);
    background: var(--_quadrant-bg);
  }
  .q-do {
    --_q-color: var(--_color-critical);
  }
  .q-schedule {
    --_q-color: var(--_color-accent);
  }
  .q-delegate {
    --_q-color: var(--_color-warning);
  }
  .q-drop {
    --_q-color: var(--_color-muted);
  }
  .quadrant.drop-target {
    outline: 3px dashed var(--_color-accent);
    outline-offset: 2px;
  }
  .quadrant-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2em 0.6em;
    border-radius: calc(var(--_radius) * 0.5);
  }
  .q-name {
    font-weight: 700;
    font-size: 1.1em;
  }
  .q-hint,
  .q-stats {
    color: var(--_color-muted);
  }
  .q-stats {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 0.6em;
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .q-sum {
    color: var(--_color-text);
    font-weight: 600;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(var(--_card-columns, 1), minmax(0, 1fr));
    gap: calc(var(--_gap) * 0.75);
    align-content: start;
    flex: 1 1 auto;
    min-height: 0;
    max-height: var(--task-board-max-height, none);
    overflow: auto;
    /* Room for the cards' focus rings inside the scroller. */
    margin: -5px;
    padding: 5px;
  }
`;
