import { css } from 'lit';

/** Forced colours (Windows high contrast): the bar, the selection and the pressed attention switch in system colours. */
export const forcedColorStyles = css`
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
      forced-color-adjust: none;
      color: Highlight;
      background:
        linear-gradient(Highlight, Highlight) 0 0 / calc(var(--v) * 100%) 100% no-repeat,
        Canvas;
    }
    .selected {
      border-inline-start-color: Highlight;
    }
    .attention-toggle[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
