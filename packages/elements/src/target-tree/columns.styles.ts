import { css } from 'lit';
import { visuallyHidden } from '../styles/tokens.js';

/*
 * The column headings and the wider list layouts. Three list layouts by the
 * widget's own width (container queries in em, so the tv theme's larger type
 * switches earlier): stacked lines on phones (row.styles.ts), five columns
 * with a second line for pace, forecast and highlights, and eight columns on
 * wide screens. Rows never clip text: they wrap and grow.
 */
export const columnStyles = css`
  .header {
    display: none;
    padding: 0.3em 0.6em 0.3em calc(0.6em + 3px);
    color: var(--_color-muted);
    font-weight: 600;
  }
  .header > span {
    font-size: 0.85em;
  }
  .more {
    display: contents;
  }
  /* Five columns (name, target, actual, attainment, gap); pace, forecast and highlights on a line below. */
  @container (min-width: 51em) {
    .row .pct {
      display: inline-block;
      min-width: 3.6em;
    }
    .row,
    .header {
      display: grid;
      grid-template-columns: minmax(9em, 1fr) 6.5em 6.5em 18em 7em;
      column-gap: 0.75em;
    }
    .row {
      padding-inline-start: 0.6em;
    }
    .row > .lead {
      padding-inline-start: calc(var(--depth, 0) * var(--_indent));
    }
    .row > .target,
    .row > .actual,
    .row > .gap,
    .header > span {
      text-align: end;
    }
    .header > .h-name,
    .header > .h-att {
      text-align: start;
    }
    .h-pace,
    .h-forecast,
    .h-flags {
      display: none;
    }
    .row > .cell .lbl {
      ${visuallyHidden}
    }
    .more {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.15em 1em;
      padding-inline-start: calc(1.3em + var(--depth, 0) * var(--_indent));
    }
  }
  /* Eight columns. */
  @container (min-width: 88em) {
    .row,
    .header {
      grid-template-columns: minmax(10em, 1fr) 6.5em 6.5em 18em 7em 16em 6.5em minmax(10em, 1fr);
    }
    .h-pace,
    .h-forecast,
    .h-flags {
      display: block;
    }
    .more {
      display: contents;
    }
    .more > .pace {
      grid-column: 6;
    }
    .more > .forecast {
      grid-column: 7;
      text-align: end;
    }
    .more > .forecast .lbl {
      ${visuallyHidden}
    }
    .more > .flags {
      grid-column: 8;
    }
    .header > .h-pace,
    .header > .h-flags {
      text-align: start;
    }
  }
`;
