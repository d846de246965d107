/** Most strings a memoised format keeps before it starts over (a TV wall runs for weeks). */
const MEMO_LIMIT = 10_000;

/**
 * `format.format`, remembering each string by `Math.round(n × scale)`, for a
 * format that rounds to multiples of 1 / `scale` (a percent format with
 * `maximumFractionDigits: 1`: scale 1000; a number format with one decimal:
 * scale 10). Values with the same key then give the same string — except within a hair of a rounding half-point, where Intl's
 * own decimal rounding decides (those, negative values, -0 and values too
 * large for an exact key are formatted directly). So a 10,000-node tree,
 * whose attainments fall on a few thousand distinct tenths of a percent,
 * formats each only once.
 */
export function memoFormat(format: Intl.NumberFormat, scale: number): (n: number) => string {
  const memo = new Map<number, string>();
  return (n) => {
    const x = n * scale;
    const key = Math.round(x);
    if (!(x >= 0 && x < 1e9 && Math.abs(x - key) < 0.499999) || Object.is(n, -0)) return format.format(n);
    let text = memo.get(key);
    if (text === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(key, (text = format.format(n)));
    }
    return text;
  };
}
