// The wall's reload: every Quota widget inside it fetches its data again.

/** Something on a board that can fetch its data again (every Quota data widget). */
type Reloadable = Element & { reload(): void };
const canReload = (el: Element): el is Reloadable => el.localName.startsWith('quota-') && typeof (el as Partial<Reloadable>).reload === 'function';

/**
 * Reloads each Quota widget once: those among the wall's descendants and
 * those a board's widgets reported from (inside its shadow roots too).
 */
export function reloadWidgets(wall: Element, boards: readonly Element[], widgetsOf: (board: Element) => Iterable<Element>): void {
  const widgets = new Set<Reloadable>();
  for (const el of wall.querySelectorAll('*')) if (canReload(el)) widgets.add(el);
  for (const board of boards) for (const el of widgetsOf(board)) if (canReload(el)) widgets.add(el);
  for (const w of widgets) w.reload();
}
