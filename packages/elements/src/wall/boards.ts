import type { WallStrings } from './strings.js';

/** Light-DOM children that are never boards. */
const NOT_BOARDS = new Set(['script', 'style', 'template', 'link', 'meta']);

/** The wall's boards: the elements assigned to its default slot (scripts, styles and templates left out). */
export function boardsOf(slot: HTMLSlotElement): Element[] {
  return slot.assignedElements().filter((el) => !NOT_BOARDS.has(el.localName));
}

/** A board's id: `data-board`, else its `id`, else `board-<n>` (1-based position). */
export function boardId(board: Element, index: number): string {
  return board.getAttribute('data-board') || board.id || `board-${index + 1}`;
}

/** A board's name as text: `aria-label`, else `title`, else its first heading's text, else “Board n”. */
export function boardLabel(board: Element, s: WallStrings, position: string): string {
  const label = board.getAttribute('aria-label') || board.getAttribute('title') || board.querySelector('h1, h2, h3, h4, h5, h6')?.textContent;
  return label?.replace(/\s+/g, ' ').trim() || s.board(position);
}

/** Shows one board and makes the others inert (hidden, out of the tab order and the accessibility tree). */
export function markBoards(boards: readonly Element[], active: Element | undefined): void {
  for (const board of boards) {
    const on = board === active;
    if (board.hasAttribute('data-active') !== on) board.toggleAttribute('data-active', on);
    if (board.hasAttribute('inert') === on) board.toggleAttribute('inert', !on);
  }
}

/** Takes the wall's marks off boards that left it. */
export function unmarkBoards(boards: readonly Element[]): void {
  for (const board of boards) {
    board.removeAttribute('data-active');
    board.removeAttribute('inert');
  }
}
