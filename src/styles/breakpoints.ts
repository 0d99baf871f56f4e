/**
 * The widths at which the page's layout changes: the one place they are decided. Each is the
 * first width of the wider layout. page.css cannot import them, so
 * tests/unit/styles/breakpoints.test.ts reads every width in the CSS's media queries and fails
 * on one that is not `(min-width: <breakpoint>px)` or `(max-width: <breakpoint − 1>px)`.
 */
export const breakpoint = {
  /** From this width the graphic sits beside the text; narrower, it sits above it. */
  sideBySide: 900,
  /** Narrower than this (the 320 px phones), the story's text is set a step smaller. */
  fullTextSize: 360,
} as const;
