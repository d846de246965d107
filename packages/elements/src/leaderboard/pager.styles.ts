import { css } from 'lit';

/** TV mode: bigger rows, a page at a time, and the pager under them. */
export const pagerStyles = css`
  /* TV: bigger rows, a page at a time. */
  .board.tv .row {
    padding-block: 0.6em;
  }
  .board.tv .tbody .rank {
    font-size: 1.35em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5em 1em;
    padding-top: calc(var(--_space) * 0.75);
  }
  .pager button {
    padding: 0.15em 0.7em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .pager [aria-pressed='true'] {
    border-color: var(--_color-accent);
  }
  .page-of {
    font-variant-numeric: tabular-nums;
  }
`;
