import { css } from 'lit';

/** Loss reasons: laid out only once near the viewport (often below the fold on a dashboard). */
export const lossStyles = css`
  .loss {
    grid-area: loss;
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .loss-title {
    overflow-wrap: anywhere;
  }
  .loss ol {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .loss-reason {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75em;
  }
  .reason {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .loss-figures {
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }
  .loss-track {
    flex-basis: 100%;
    height: 0.5em;
    border-radius: 2px;
    background: var(--_color-track);
    forced-color-adjust: none;
  }
  .loss-bar {
    display: block;
    height: 100%;
    width: calc(var(--_s) * 100%);
    border-radius: 2px;
    background: var(--_color-muted);
    forced-color-adjust: none;
    transition: width var(--_motion-duration) ease-out;
  }
`;
