import { css } from 'lit';

/**
 * The frame around the tree: host properties, the toolbar (breadcrumb,
 * attention switch), the fallback notice and the scroll box. Then, in that
 * cascade order: row, marks, columns, graph and forced-colors .styles.ts.
 */
export const targetTreeStyles = css`
  :host {
    --_indent: var(--target-tree-indent, 1.25em);
    --_max-height: var(--target-tree-max-height, min(75vh, 40em));
    --_link: var(--target-tree-link-color, var(--_color-border));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }
  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .breadcrumb li + li::before {
    content: '›' / '';
    margin-inline: 0.4em;
    color: var(--_color-muted);
  }
  .crumb {
    font: inherit;
    color: var(--_color-accent);
    background: none;
    border: none;
    padding: 0.15em 0.1em;
    text-decoration: underline;
    cursor: pointer;
  }
  .here {
    font-weight: 600;
  }
  .attention-toggle {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-bg);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.25em 0.7em;
    cursor: pointer;
    margin-inline-start: auto;
  }
  .attention-toggle[aria-pressed='true'] {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
    font-weight: 600;
  }
  .attention-toggle[aria-pressed='true']::after {
    content: ' ✓';
  }
  .count {
    color: var(--_color-muted);
    font-weight: 400;
    margin-inline-start: 0.4em;
  }
  .notice {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-text);
  }
  .scroll {
    max-height: var(--_max-height);
    overflow: auto;
  }
  .scroll,
  .virtual {
    border-block-start: 1px solid var(--_color-border);
  }
  .virtual {
    height: var(--_max-height);
  }
`;
