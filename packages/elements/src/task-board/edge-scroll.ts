/**
 * Scrolling while a card is dragged near an edge: on a phone the quadrants
 * stack taller than the screen, and a finger on the grip cannot scroll the
 * page itself. Near the top or bottom edge of the viewport (or of a
 * scrolling box the board sits in) that box scrolls, faster the closer the
 * pointer is. Each frame is an instant step (`behavior: 'instant'`, so a
 * page's `scroll-behavior: smooth` never turns it into an animation).
 */

/** Distance (CSS px) from an edge within which dragging scrolls. */
export const EDGE_PX = 48;
/** Largest step (CSS px per frame), with the pointer on or past the edge. */
export const MAX_STEP_PX = 18;

/**
 * How far to scroll for a pointer at `y` in a box spanning `top`..`bottom`
 * (client px): negative up, positive down, 0 outside the edge zones.
 */
export function edgeStep(y: number, top: number, bottom: number, edge = EDGE_PX, max = MAX_STEP_PX): number {
  const zone = Math.min(edge, (bottom - top) / 4);
  if (zone <= 0) return 0;
  if (y < top + zone) return -Math.ceil(max * Math.min(1, (top + zone - y) / zone));
  if (y > bottom - zone) return Math.ceil(max * Math.min(1, (y - (bottom - zone)) / zone));
  return 0;
}

/** The boxes that scroll vertically around `from` (innermost first, across shadow roots), then the page. */
export function scrollersAround(from: Element): Element[] {
  const page = document.scrollingElement ?? document.documentElement;
  const found: Element[] = [];
  for (let el: Element | null = from; el && el !== page && el !== document.body; ) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) found.push(el);
    const parent: Node | null = el.assignedSlot ?? el.parentNode;
    el = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  found.push(page);
  return found;
}

/**
 * Scrolls the innermost of `scrollers` that the pointer at (`x`, `y`) is
 * over, near its top or bottom edge, and that can still scroll that way, by
 * one step. The page counts from anywhere. Returns whether it scrolled.
 */
export function scrollStep(scrollers: readonly Element[], x: number, y: number): boolean {
  const page = document.scrollingElement ?? document.documentElement;
  for (const el of scrollers) {
    const box = el === page ? { left: -Infinity, right: Infinity, top: 0, bottom: innerHeight } : visibleBox(el);
    if (el !== page && (x < box.left || x > box.right || y < box.top || y > box.bottom)) continue;
    const step = edgeStep(y, box.top, box.bottom);
    if (step === 0) continue;
    const room = step < 0 ? el.scrollTop : el.scrollHeight - el.clientHeight - el.scrollTop;
    if (room < 1) continue;
    const before = el.scrollTop;
    el.scrollBy({ top: step, behavior: 'instant' });
    if (el.scrollTop !== before) return true;
  }
  return false;
}

/** The part of a box on screen (client px). */
function visibleBox(el: Element): { left: number; right: number; top: number; bottom: number } {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, top: Math.max(0, r.top), bottom: Math.min(innerHeight, r.bottom) };
}
