/** Median wall time of `fn` in ms over `runs` runs, after `warmup` runs. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink = fn();
    times.push(performance.now() - t0);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

export interface Row {
  case: string;
  items: number;
  ms: number;
  floorMs: number;
  /** A reference figure for context (what a sort or a copy alone costs): printed, not held to the goal. */
  reference?: boolean;
}

/** Prints the figures: time, time per item, the floor's time and the ratio to it. */
export function printRows(title: string, rows: Row[], goal: number): boolean {
  console.log(`\n${title}`);
  console.log('case'.padEnd(44), 'items'.padStart(10), 'ms'.padStart(10), 'ns/item'.padStart(10), 'floor ms'.padStart(10), 'ratio'.padStart(8));
  let ok = true;
  for (const r of rows) {
    const ratio = r.ms / r.floorMs;
    if (ratio > goal && !r.reference) ok = false;
    console.log(
      r.case.padEnd(44),
      String(r.items).padStart(10),
      r.ms.toFixed(2).padStart(10),
      ((r.ms * 1e6) / r.items).toFixed(1).padStart(10),
      r.floorMs.toFixed(3).padStart(10),
      `${ratio.toFixed(1)}×`.padStart(8),
    );
  }
  return ok;
}
