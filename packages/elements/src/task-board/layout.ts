/**
 * Pure geometry of the board: how many quadrant columns and card columns fit
 * a width, where arrow keys go in that grid, and which quadrant is under a
 * point. Plain numbers in, plain objects out; no DOM.
 */

/** Below this width (px) the quadrants stack in one column (or below two card widths, with a large font). */
export const STACK_BELOW = 600;
/** Smallest card width, in em of the board's font. */
export const CARD_MIN_EM = 19;
/** Smallest card width on a read-only board (no grip, no "Move to…" button), in em. */
export const READONLY_CARD_MIN_EM = 16;
/** Gap between quadrants and cards, in em. */
export const GAP_EM = 0.75;

export interface BoardShape {
  /** Quadrant columns: 2 (the 2 × 2 matrix) or 1 (stacked, on phones). */
  columns: 1 | 2;
  /** Cards side by side inside a quadrant (more on a wall). */
  cardColumns: number;
}

/**
 * The board's shape for a width in px (0 = not measured yet: the 2 × 2
 * matrix, one card column), the board's font size in px and the smallest
 * card width in em (narrower on read-only boards): the quadrants
 * stack when two of them cannot hold a card each (or below 600 px), and each
 * quadrant holds as many card columns as fit.
 */
export function boardShape(width: number, fontPx = 14, cardMinEm = CARD_MIN_EM): BoardShape {
  if (!(width > 0)) return { columns: 2, cardColumns: 1 };
  const gap = GAP_EM * fontPx;
  const twoQuadrants = 2 * (cardMinEm * fontPx + 2 * gap) + gap;
  const columns = width < Math.max(STACK_BELOW, twoQuadrants) ? 1 : 2;
  // A quadrant's inner width: its share of the row, less its padding (one gap each side).
  const inner = (width - gap * (columns - 1)) / columns - 2 * gap;
  const cardColumns = Math.max(1, Math.floor((inner + gap) / (cardMinEm * fontPx + gap)));
  return { columns, cardColumns };
}

/** A position in the board's grid: quadrant index (0–3, board order) and task index (−1 = the quadrant's header). */
export interface Cell {
  q: number;
  i: number;
}

const lastIndex = (n: number) => (n > 0 ? n - 1 : -1);

/**
 * Where a key moves focus (APG grid, arrow keys following the screen): within
 * a quadrant by card rows and columns, then into the quadrant beside, above
 * or below (header or the nearest card). Home/End go to the quadrant's header
 * and last task, Ctrl+Home/End to the board's first and last cell. Returns
 * undefined when the key does not move (an edge, or a key it does not know).
 */
export function nextCell(cell: Cell, key: string, shape: BoardShape, counts: readonly number[], ctrl = false): Cell | undefined {
  const { columns } = shape;
  const cc = Math.max(1, shape.cardColumns);
  const { q, i } = cell;
  const n = counts[q] ?? 0;
  const quadrants = counts.length;
  const col = q % columns;
  switch (key) {
    case 'ArrowDown': {
      if (i === -1 && n > 0) return { q, i: 0 };
      if (i >= 0 && i + cc < n) return { q, i: i + cc };
      if (i >= 0 && Math.floor(i / cc) < Math.floor((n - 1) / cc)) return { q, i: n - 1 };
      return q + columns < quadrants ? { q: q + columns, i: -1 } : undefined;
    }
    case 'ArrowUp': {
      if (i >= cc) return { q, i: i - cc };
      if (i >= 0) return { q, i: -1 };
      const above = q - columns;
      return above >= 0 ? { q: above, i: lastIndex(counts[above] ?? 0) } : undefined;
    }
    case 'ArrowRight': {
      if (i >= 0 && i % cc < cc - 1 && i + 1 < n) return { q, i: i + 1 };
      if (col === columns - 1) return undefined;
      return { q: q + 1, i: i === -1 ? -1 : Math.min(Math.floor(i / cc) * cc, lastIndex(counts[q + 1] ?? 0)) };
    }
    case 'ArrowLeft': {
      if (i > 0 && i % cc > 0) return { q, i: i - 1 };
      if (col === 0) return undefined;
      return { q: q - 1, i: i === -1 ? -1 : Math.min(Math.floor(i / cc) * cc + cc - 1, lastIndex(counts[q - 1] ?? 0)) };
    }
    case 'Home':
      return ctrl ? { q: 0, i: -1 } : { q, i: -1 };
    case 'End':
      return ctrl ? { q: quadrants - 1, i: lastIndex(counts[quadrants - 1] ?? 0) } : { q, i: lastIndex(n) };
    default:
      return undefined;
  }
}

/**
 * The quadrant a picked-up task goes to with an arrow key: the one beside,
 * above or below in the 2 × 2 matrix; in the stacked layout Up/Left go to
 * the previous quadrant and Down/Right to the next. Undefined at an edge.
 */
export function neighbourQuadrant(q: number, key: string, columns: 1 | 2, quadrants = 4): number | undefined {
  let next: number | undefined;
  if (columns === 1) {
    if (key === 'ArrowUp' || key === 'ArrowLeft') next = q - 1;
    else if (key === 'ArrowDown' || key === 'ArrowRight') next = q + 1;
  } else {
    const col = q % 2;
    if (key === 'ArrowLeft' && col === 1) next = q - 1;
    else if (key === 'ArrowRight' && col === 0) next = q + 1;
    else if (key === 'ArrowUp') next = q - 2;
    else if (key === 'ArrowDown') next = q + 2;
  }
  return next !== undefined && next >= 0 && next < quadrants ? next : undefined;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Index of the first rect containing the point, else of the nearest one within `slop` px; −1 when none. */
export function quadrantAt(x: number, y: number, rects: readonly Rect[], slop = 24): number {
  let best = -1;
  let bestDistance = Infinity;
  rects.forEach((r, index) => {
    const distance = Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return bestDistance <= slop ? best : -1;
}
