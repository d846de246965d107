/**
 * A small seeded pseudo-random generator (mulberry32) for sample data: the
 * same seed always gives the same sequence, in browsers and in Node. Not for
 * anything secret. Never uses `Math.random`.
 */
export class Random {
  private state: number;

  /** A generator for the 32-bit integer `seed` (see {@link seedOf}). */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A number in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A whole number in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor((max - min + 1) * this.next());
  }

  /** An index into a list of `length` items (always one draw, whatever the length). */
  index(length: number): number {
    return Math.floor(length * this.next());
  }

  /** An approximately standard normal number (sum of four uniforms, scaled): always in (−3.47, 3.47). */
  normal(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * 1.7320508075688772;
  }

  /** `count` distinct whole numbers in [0, length) (needs count ≤ length). */
  distinct(count: number, length: number): number[] {
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(this.index(length));
    return [...chosen];
  }
}

/**
 * A generator for one part (`stream`) of the sample derived from `seed`, so
 * that each part has its own sequence: adding a draw to one part never shifts
 * the numbers of another. Throws a `RangeError` for a seed that is not finite.
 */
export function randomFor(seed: number, stream: number): Random {
  return new Random(mix(seedOf(seed) ^ Math.imul(stream + 1, 0x9e3779b9)));
}

/** The 32-bit integer a seed stands for: its integer part, modulo 2^32 (so 7.9 acts as 7). */
export function seedOf(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`invalid seed ${String(seed)}: expected a finite number`);
  return Number(BigInt.asUintN(32, BigInt(Math.trunc(seed))));
}

/** The murmur3 finaliser: spreads nearby seeds far apart. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
