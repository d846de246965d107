import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The global `--quota-*` tokens and their values per theme. A host page may
 * set any of them (on :root, a provider or a widget); themes set them all.
 * Colours meet WCAG AA contrast on their theme's background; status colours
 * never carry meaning alone (every status also has text or a shape).
 */
export const TOKENS = {
  'color-bg': { light: '#ffffff', dark: '#10151d', tv: '#000000' },
  'color-surface': { light: '#f5f7fa', dark: '#18202b', tv: '#0d1117' },
  'color-text': { light: '#18212d', dark: '#e7ecf3', tv: '#ffffff' },
  'color-muted': { light: '#55606f', dark: '#a5afbd', tv: '#c9d1dc' },
  'color-border': { light: '#d3d9e1', dark: '#344154', tv: '#3b4758' },
  'color-track': { light: '#e6eaf0', dark: '#263142', tv: '#1f2935' },
  'color-accent': { light: '#1f55c0', dark: '#7fa6ff', tv: '#8fb3ff' },
  'color-focus': { light: '#1f55c0', dark: '#9dbcff', tv: '#ffd84d' },
  'color-below': { light: '#b42318', dark: '#ff8b7d', tv: '#ff7a6b' },
  'color-standard': { light: '#9a5b00', dark: '#f5b94a', tv: '#ffc857' },
  'color-exceeded': { light: '#0b7a3b', dark: '#5ad68a', tv: '#4be08a' },
  'color-outstanding': { light: '#6232c7', dark: '#c3a6ff', tv: '#cfb5ff' },
  'color-warning': { light: '#9a5b00', dark: '#f5b94a', tv: '#ffc857' },
  'color-critical': { light: '#b42318', dark: '#ff8b7d', tv: '#ff7a6b' },
  'color-info': { light: '#1f55c0', dark: '#7fa6ff', tv: '#8fb3ff' },
  'color-pace': { light: '#18212d', dark: '#e7ecf3', tv: '#ffffff' },
  'color-forecast': { light: '#6232c7', dark: '#c3a6ff', tv: '#cfb5ff' },
  'font-family': {
    light: 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
    dark: 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
    tv: 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  },
  /** Base font size; the tv theme grows with the viewport (readable at 3 m on 1080p and 4K). */
  'font-size': { light: '14px', dark: '14px', tv: 'max(18px, 1.25vw)' },
  radius: { light: '8px', dark: '8px', tv: '10px' },
  space: { light: '8px', dark: '8px', tv: 'max(10px, 0.7vw)' },
  'motion-duration': { light: '300ms', dark: '300ms', tv: '600ms' },
} as const;

export type TokenName = keyof typeof TOKENS;
type ThemeName = 'light' | 'dark' | 'tv';

const declarations = (theme: ThemeName) =>
  Object.entries(TOKENS)
    .map(([name, values]) => `--quota-${name}: ${values[theme]};`)
    .join('\n');

/** Theme rules for a host that takes a `theme` attribute (provider and widgets). */
export const themeRules: CSSResult = unsafeCSS(
  (['light', 'dark', 'tv'] as const)
    .map((t) => `:host([theme='${t}']) { ${declarations(t)} color-scheme: ${t === 'light' ? 'light' : 'dark'}; }`)
    .join('\n'),
);

/**
 * Private `--_*` copies of every token with the light value as fallback, so a
 * widget looks right with no theme anywhere and follows any theme above it.
 */
export const tokenDefaults: CSSResult = unsafeCSS(
  `:host { ${Object.entries(TOKENS)
    .map(([name, values]) => `--_${name}: var(--quota-${name}, ${values.light});`)
    .join('\n')} }`,
);

/** What every widget starts from: tokens, box model, fonts, a themed host's background, focus ring, motion and forced colours. */
/** Hidden on screen, still read by screen readers: the declarations of `.visually-hidden`, for rules that hide only in some layouts. */
export const visuallyHidden: CSSResult = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

export const baseStyles = css`
  ${tokenDefaults}
  ${themeRules}
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_color-text);
    container-type: inline-size;
  }
  /*
   * A widget given its own theme paints that theme's background: its text colours assume it, and a page
   * without a provider may be any colour. :where() keeps this as weak as :host, so a widget's own
   * background (e.g. --wall-background) still wins.
   */
  :host(:where([theme])) {
    background: var(--_color-bg);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    ${visuallyHidden}
    margin: -1px;
    padding: 0;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion-duration: 0ms;
    }
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_color-bg: Canvas;
      --_color-surface: Canvas;
      --_color-text: CanvasText;
      --_color-muted: CanvasText;
      --_color-border: CanvasText;
      --_color-track: GrayText;
      --_color-accent: Highlight;
      --_color-focus: Highlight;
      --_color-below: CanvasText;
      --_color-standard: CanvasText;
      --_color-exceeded: Highlight;
      --_color-outstanding: Highlight;
      --_color-warning: CanvasText;
      --_color-critical: CanvasText;
      --_color-info: CanvasText;
      --_color-pace: CanvasText;
      --_color-forecast: LinkText;
    }
  }
`;
