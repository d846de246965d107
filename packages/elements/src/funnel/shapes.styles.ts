import { css } from 'lit';

/** Shapes: bars centred in their cell, necks (cells of their own) tapering between them; then the bottleneck bracket. */
export const shapeStyles = css`
  .bar,
  .neck {
    forced-color-adjust: none;
    background: var(--_stage);
  }
  .bar {
    position: absolute;
    top: 0;
    bottom: 0;
    left: 50%;
    width: calc(var(--_s) * 100%);
    min-width: 3px;
    transform: translateX(-50%);
    border-radius: 3px;
    transition: width var(--_motion-duration) ease-out, height var(--_motion-duration) ease-out;
  }
  .bar.zero {
    min-width: 0;
    width: 100%;
    background: none;
    border: 1px dashed var(--_color-muted);
  }
  .bar.stalled {
    background-image: repeating-linear-gradient(-45deg, transparent 0 5px, var(--_hatch) 5px 9px);
    outline: 2px dashed var(--_color-warning);
    outline-offset: 2px;
  }
  .selected .bar {
    box-shadow: 0 0 0 2px var(--_color-bg), 0 0 0 4px var(--_color-text);
  }
  .stage:hover .bar {
    filter: brightness(1.12);
  }
  .neck {
    opacity: var(--_neck-opacity);
    clip-path: polygon(
      calc(50% - var(--_a) * 50%) 0,
      calc(50% + var(--_a) * 50%) 0,
      calc(50% + var(--_b) * 50%) 100%,
      calc(50% - var(--_b) * 50%) 100%
    );
    transition: clip-path var(--_motion-duration) ease-out;
  }
  .neck.in-bottleneck {
    opacity: 0.7;
    background: var(--_bottleneck);
    background-image: repeating-linear-gradient(45deg, transparent 0 4px, var(--_hatch) 4px 7px);
  }

  /* The bottleneck bracket: a thick line along the span, with caps at its ends pointing at the shapes. */
  .b-start::before,
  .b-middle::before,
  .b-end::before,
  .b-start::after,
  .b-end::after {
    content: '';
    position: absolute;
    forced-color-adjust: none;
    background: var(--_bottleneck);
  }
  .b-start::before,
  .b-middle::before,
  .b-end::before {
    inset-inline-start: calc(50% - 2px);
    inline-size: 4px;
    top: 0;
    bottom: 0;
  }
  .b-start::before {
    top: 50%;
  }
  .b-end::before {
    bottom: 50%;
  }
  .b-start::after,
  .b-end::after {
    inset-inline: 0 calc(50% - 2px);
    height: 4px;
    top: calc(50% - 2px);
  }
  .mode-bars .b-start::after,
  .mode-bars .b-end::after {
    inset-inline: calc(50% - 2px) 0;
  }
`;
