/**
 * Stage ids → their position, for loops over millions of deals: a small
 * table hashed on the id's length and first and last characters answers most
 * lookups with one array read and one string comparison (no Map hashing);
 * anything else (hash collisions, unknown or non-string stages) is answered
 * by a `Map`, so the result is always that of
 * `new Map(ids.map((id, i) => [id, i])).get(stage)`: the last position of a
 * repeated id, `undefined` for an unknown one.
 */
export interface StageIndex {
  readonly ids: readonly string[];
  /** Hash slot → position in `ids` (−1: empty). */
  readonly slots: Int32Array;
  readonly mask: number;
  readonly byId: ReadonlyMap<unknown, number>;
}

/** The {@link StageIndex} of `ids`. */
export function stageIndex(ids: readonly string[]): StageIndex {
  let size = 16;
  while (size < 4 * ids.length) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (typeof id !== 'string' || id.length === 0) continue;
    const h = hashOf(id, mask);
    const held = slots[h]!;
    // A slot keeps the first id hashed to it (and that id's last position); other ids go to the Map.
    if (held < 0 || ids[held] === id) slots[h] = k;
  }
  return { ids, slots, mask, byId: new Map<unknown, number>(ids.map((id, i) => [id, i])) };
}

/** The position of `stage` in the index's ids (the last one if repeated), `undefined` if absent. */
export function positionOfStage(index: StageIndex, stage: unknown): number | undefined {
  if (typeof stage === 'string' && stage.length > 0) {
    const k = index.slots[hashOf(stage, index.mask)]!;
    if (k >= 0 && index.ids[k] === stage) return k;
  }
  return index.byId.get(stage);
}

/** The table slot of a (non-empty) id; loops may inline `positionOfStage` with it. */
export function hashOf(id: string, mask: number): number {
  return (id.length + id.charCodeAt(0) + id.charCodeAt(id.length - 1)) & mask;
}
