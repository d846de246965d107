import { css } from 'lit';

/** Shapes beside the words (tier, pace, highlights, below) and the colours of tiers, pace and highlight badges. */
export const markStyles = css`
  /* Empty alternative text: the words say it. */
  .toggle.open::before {
    content: '▾' / '';
  }
  .toggle.closed::before {
    content: '▸' / '';
  }
  .toggle.leaf::before {
    content: '·' / '';
  }
  .drill::before {
    content: '⤵' / '';
  }
  .tier-below .tier::before {
    content: '▽ ' / '';
  }
  .tier-standard .tier::before {
    content: '○ ' / '';
  }
  .tier-exceeded .tier::before {
    content: '△ ' / '';
  }
  .tier-outstanding .tier::before {
    content: '★ ' / '';
  }
  .pace.on::before {
    content: '✓ ' / '';
  }
  .pace.critical::before,
  .hl.critical::before {
    content: '‼ ' / '';
  }
  .pace.warning::before,
  .hl.warning::before {
    content: '⚠ ' / '';
  }
  .pace.info::before,
  .hl.info::before {
    content: 'ℹ ' / '';
  }
  .below {
    color: var(--_color-muted);
    font-size: 0.88em;
  }
  .below::before {
    content: '▸⚠ ' / '';
  }
  .hl.over::before {
    content: '⇡ ' / '';
  }
  .hl.under::before {
    content: '⇣ ' / '';
  }
  .tier {
    margin-inline-start: 0.35em;
  }
  .tier-below {
    color: var(--_color-below);
  }
  .tier-standard {
    color: var(--_color-standard);
  }
  .tier-exceeded {
    color: var(--_color-exceeded);
  }
  .tier-outstanding {
    color: var(--_color-outstanding);
  }
  .att .lbl,
  .att .pct {
    color: var(--_color-text);
  }
  .dim .att .pct,
  .dim .tier {
    color: var(--_color-muted);
  }
  .pace.on {
    color: var(--_color-muted);
  }
  .pace.warning {
    color: var(--_color-warning);
  }
  .pace.critical {
    color: var(--_color-critical);
    font-weight: 600;
  }
  .flags {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .hl {
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: 0.7em;
    font-size: 0.88em;
    white-space: nowrap;
  }
  .hl.critical {
    color: var(--_color-critical);
    font-weight: 600;
  }
  .hl.warning {
    color: var(--_color-warning);
  }
  .hl.info {
    color: var(--_color-info);
  }
`;
