import { css } from 'lit';

/** Forced colours (Windows high contrast): outlined bars and loss tracks in system colours. */
export const forcedColorStyles = css`
  @media (forced-colors: active) {
    .bar {
      border: 1px solid CanvasText;
    }
    .loss-track {
      border: 1px solid CanvasText;
      background: Canvas;
    }
    .loss-bar {
      background: CanvasText;
    }
  }
`;
