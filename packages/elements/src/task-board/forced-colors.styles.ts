import { css } from 'lit';

/** Forced colours (Windows high contrast): quadrant and card borders, move outlines in system colours. */
export const forcedColorStyles = css`
  @media (forced-colors: active) {
    .quadrant,
    .task {
      border-color: CanvasText;
    }
    .quadrant.drop-target,
    .grabbed,
    .dragging {
      outline-color: Highlight;
    }
  }
`;
