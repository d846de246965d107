import { css } from 'lit';
import { visuallyHidden } from '../styles/tokens.js';

/** Node-link tree: the links drawn under positioned node boxes. */
export const graphStyles = css`
  .graph {
    position: relative;
    margin-block: var(--_space);
  }
  .links {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  .links path {
    fill: none;
    stroke: var(--_link);
    stroke-width: 0.1;
  }
  .links path.dim {
    stroke-dasharray: 0.3 0.3;
  }
  .boxes {
    position: absolute;
    inset: 0;
  }
  .box {
    position: absolute;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    padding: 0.5em 0.6em;
    line-height: 1.3;
    border: 1px solid var(--_color-border);
    border-inline-start-width: 3px;
    border-radius: var(--_radius);
    background: var(--_color-bg);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .box.flagged {
    border-color: var(--_color-warning);
  }
  .box.selected {
    border-inline-start-color: var(--_color-accent);
  }
  .box .lead {
    flex: none;
    width: 100%;
  }
  .box .name {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
    min-width: 0;
    flex: 1;
  }
  .box .toggle.leaf {
    display: none;
  }
  .box .split {
    margin-inline-start: 1.3em;
  }
  .box .att .lbl {
    ${visuallyHidden}
  }
  .box .flags {
    flex-direction: column;
    align-items: flex-start;
  }
`;
