import { css } from 'lit';
import { visuallyHidden } from '../styles/tokens.js';

/** The wall adapting: narrow screens (the indicator keeps positions and markers), reduced motion, forced colours. */
export const adaptStyles = css`
  @container (max-width: 42em) {
    .item {
      grid-template-columns: auto;
      padding: 0.3em 0.6em;
    }
    .item .name,
    .item .age {
      ${visuallyHidden}
    }
    .item .marker {
      grid-row: 2;
    }
    .indicator {
      justify-content: flex-start;
    }
    .title {
      flex: 1 1 auto;
      padding: 0;
      border: 0;
    }
    .now {
      order: 2;
      flex-basis: 100%;
    }
    .clock .date {
      display: none;
    }
    .board-name {
      font-size: 1.2em;
    }
    .clock .time {
      font-size: 1.4em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .boards::slotted(*) {
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .item[aria-current] {
      border-color: Highlight;
    }
    .progress {
      background: CanvasText;
    }
  }
`;
