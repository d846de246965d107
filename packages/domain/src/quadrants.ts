/** The four quadrants (四象限), in board order: do first, schedule, delegate, drop. */
export const QUADRANTS = Object.freeze(['do', 'schedule', 'delegate', 'drop'] as const);

export type Quadrant = (typeof QUADRANTS)[number];

/**
 * The quadrant of a task (DOMAIN.md §6): urgent & important → `do`,
 * important only → `schedule`, urgent only → `delegate`, neither → `drop`.
 */
export function quadrantOf(urgent: boolean, important: boolean): Quadrant {
  return important ? (urgent ? 'do' : 'schedule') : urgent ? 'delegate' : 'drop';
}

/**
 * The flags a task gets when it is moved to `quadrant` (the inverse of
 * {@link quadrantOf}): a move sets both `urgent` and `important` explicitly,
 * so the task stays where it was put whatever its due date or target.
 * Throws a `RangeError` for an unknown quadrant.
 */
export function flagsOfQuadrant(quadrant: Quadrant): { urgent: boolean; important: boolean } {
  switch (quadrant) {
    case 'do':
      return { urgent: true, important: true };
    case 'schedule':
      return { urgent: false, important: true };
    case 'delegate':
      return { urgent: true, important: false };
    case 'drop':
      return { urgent: false, important: false };
    default:
      throw new RangeError(`invalid quadrant ${JSON.stringify(quadrant)}`);
  }
}
