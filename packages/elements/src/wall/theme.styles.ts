// Generated from the tokens (kept apart from wall.styles.ts, whose plain CSS the build minifies).
import { unsafeCSS } from 'lit';
import { TOKENS } from '../styles/tokens.js';

const names = Object.keys(TOKENS) as (keyof typeof TOKENS)[];

/**
 * The tv theme as the wall's default: without a `theme` attribute the
 * private copies fall back to the tv values instead of light ones, so a
 * provider's theme or a page's own `--quota-*` values still win (they set
 * the tokens; the fallback only fills the gaps). The frame hands the values
 * in effect on to the boards as `--quota-*`, so the widgets inside look the
 * same as the wall.
 */
export const tvDefault = unsafeCSS(`
:host(:not([theme])) { color-scheme: dark; ${names.map((n) => `--_${n}: var(--quota-${n}, ${TOKENS[n].tv});`).join(' ')} }
.frame { ${names.map((n) => `--quota-${n}: var(--_${n});`).join(' ')} }
`);

/** Forced colours win over the tv fallback too (same list as baseStyles). */
export const forcedTv = unsafeCSS(`@media (forced-colors: active) { :host(:not([theme])) { ${[
  ['bg', 'Canvas'], ['surface', 'Canvas'], ['text', 'CanvasText'], ['muted', 'CanvasText'], ['border', 'CanvasText'], ['track', 'GrayText'],
  ['accent', 'Highlight'], ['focus', 'Highlight'], ['below', 'CanvasText'], ['standard', 'CanvasText'], ['exceeded', 'Highlight'],
  ['outstanding', 'Highlight'], ['warning', 'CanvasText'], ['critical', 'CanvasText'], ['info', 'CanvasText'], ['pace', 'CanvasText'],
  ['forecast', 'LinkText'],
].map(([n, v]) => `--_color-${n}: ${v};`).join(' ')} } }`);

