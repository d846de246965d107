import { flagsOfQuadrant, type Quadrant, type Task } from '@quota/domain';

/**
 * The board's record of moves the data does not show yet. A move is
 * `pending` from the moment it is made until the host's `waitUntil` promise
 * settles, then `confirmed` until the incoming data shows the task in its new
 * quadrant. While an entry exists it is applied on top of every incoming data
 * value (it pins `urgent`/`important` to the quadrant's flags — absolute
 * values, so applying it to data that already has them changes nothing: a
 * move can never count twice). Pure functions over immutable maps.
 */
export interface BoardMove {
  /** Unique per board: settling an old promise never touches a newer move of the same task. */
  seq: number;
  taskId: string;
  title: string;
  from: Quadrant;
  to: Quadrant;
  state: 'pending' | 'confirmed';
  /** When the host confirmed it (ms since the epoch). */
  confirmedAt?: number;
  /** The confirmed, not yet reflected, move this one replaced: it comes back if this one fails. */
  previous?: BoardMove;
}

export type MoveOverlay = ReadonlyMap<string, BoardMove>;

/**
 * How long (ms) a confirmed move outlives incoming data that still shows the
 * task elsewhere: long enough for a refresh that was under way while the host
 * saved; after that the data wins (the task was changed elsewhere) and the
 * board says so.
 */
export const CONFIRMED_HOLD_MS = 15_000;

/** The tasks with every move of the overlay applied (the same array when there is none). */
export function withMoves<T extends Task>(tasks: readonly T[], overlay: MoveOverlay): readonly T[] {
  if (overlay.size === 0) return tasks;
  return tasks.map((task) => {
    const move = overlay.get(task.id);
    return move ? { ...task, ...flagsOfQuadrant(move.to) } : task;
  });
}

/** A pending move of the task is under way (it cannot be moved again until that one settles). */
export const isPending = (overlay: MoveOverlay, taskId: string): boolean => overlay.get(taskId)?.state === 'pending';

/** Records a new pending move; a confirmed move of the same task it replaces is kept as `previous`. */
export function startMove(overlay: MoveOverlay, move: Pick<BoardMove, 'seq' | 'taskId' | 'title' | 'from' | 'to'>): MoveOverlay {
  const before = overlay.get(move.taskId);
  if (before?.state === 'pending') throw new Error(`task ${JSON.stringify(move.taskId)} has a pending move`);
  const next = new Map(overlay);
  next.set(move.taskId, { ...move, state: 'pending', ...(before ? { previous: before } : {}) });
  return next;
}

/** The host saved move `seq`: it turns confirmed (a no-op when that move is no longer current). */
export function confirmMove(overlay: MoveOverlay, seq: number, now: number): MoveOverlay {
  const entry = find(overlay, seq);
  if (!entry || entry.state !== 'pending') return overlay;
  const next = new Map(overlay);
  next.set(entry.taskId, { seq, taskId: entry.taskId, title: entry.title, from: entry.from, to: entry.to, state: 'confirmed', confirmedAt: now });
  return next;
}

/** Move `seq` failed or was refused: it goes, and the move it replaced (if any) comes back. */
export function dropMove(overlay: MoveOverlay, seq: number): MoveOverlay {
  const entry = find(overlay, seq);
  if (!entry) return overlay;
  const next = new Map(overlay);
  if (entry.previous) next.set(entry.taskId, entry.previous);
  else next.delete(entry.taskId);
  return next;
}

/**
 * Checks the overlay against incoming data (`quadrants`: each task's quadrant
 * in that data, without the overlay). A confirmed move goes once the data
 * shows it, or when its task is gone; one the data still contradicts after
 * `hold` ms is `superseded` (the data wins, and the board says so). Pending
 * moves always stay. Returns the same map when nothing changed.
 */
export function reconcile(
  overlay: MoveOverlay,
  quadrants: ReadonlyMap<string, Quadrant>,
  now: number,
  hold = CONFIRMED_HOLD_MS,
): { overlay: MoveOverlay; superseded: BoardMove[] } {
  const superseded: BoardMove[] = [];
  let next: Map<string, BoardMove> | undefined;
  const settle = (move: BoardMove): 'keep' | 'drop' => {
    const q = quadrants.get(move.taskId);
    if (q === undefined || q === move.to) return 'drop';
    if (now - (move.confirmedAt ?? now) > hold) {
      superseded.push(move);
      return 'drop';
    }
    return 'keep';
  };
  for (const [id, move] of overlay) {
    if (move.state === 'confirmed') {
      if (settle(move) === 'drop') (next ??= new Map(overlay)).delete(id);
    } else if (move.previous && settle(move.previous) === 'drop') {
      const { previous: _gone, ...rest } = move;
      (next ??= new Map(overlay)).set(id, rest);
    }
  }
  return { overlay: next ?? overlay, superseded };
}

function find(overlay: MoveOverlay, seq: number): BoardMove | undefined {
  for (const move of overlay.values()) if (move.seq === seq) return move;
  return undefined;
}
