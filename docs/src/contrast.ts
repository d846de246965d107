// WCAG 2 contrast ratio of two #rrggbb colours (for the theme editor).

function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.039_28 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** 1 … 21; text needs 4.5 (AA), large text and graphics 3. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Whether a string is a #rrggbb colour (the editor only edits those). */
export const isHexColor = (value: string): boolean => /^#[0-9a-f]{6}$/i.test(value);
