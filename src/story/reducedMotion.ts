/** Whether the reader asked for less motion: then states switch without animation. */
export const reducedMotion = (): boolean =>
  window.matchMedia("(prefers-reduced-motion: reduce)").matches;
