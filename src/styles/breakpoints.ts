/**
 * The widths and heights at which the page's layout changes: the one place they are decided.
 * Each is the first width (or height) of the larger layout. The stylesheets cannot import them, so
 * tests/unit/styles/breakpoints.test.ts reads every width and height in the CSS's media
 * queries and fails on one that is not `(min-width: <breakpoint>px)` or
 * `(max-width: <breakpoint − 1>px)` (the same for heights).
 */
export const breakpoint = {
  /** From this width the graphic sits beside the text; narrower, it sits above it. */
  sideBySide: 900,
  /** Narrower than this (the 320 px phones), the story's text is set a step smaller. */
  fullTextSize: 360,
} as const;

export const heightBreakpoint = {
  /** Lower than this, and narrower than `sideBySide`, a screen is short (a landscape phone, a
   * zoomed laptop): the graphic stops sticking and each beat shows its picture inline. */
  tallScreen: 501,
} as const;
