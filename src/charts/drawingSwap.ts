import { type Morph, type MorphOptions, morph } from "./morph.ts";

/**
 * The drawing in `el` and the one that takes its place: at once, or, when animated, by a
 * morph of the marks on screen, set in motion in a task of its own. A new drawing during a
 * running morph first jumps that one to its end.
 */
export function createDrawingSwap(el: HTMLElement, options: MorphOptions) {
  /** The drawing in the page now. */
  let onScreen: SVGSVGElement | null = null;
  let running: { morph: Morph; target: SVGSVGElement } | null = null;
  let pending = 0;

  function show(next: SVGSVGElement, animate: boolean) {
    if (running) {
      running.morph.finish();
      onScreen = running.target;
      running = null;
    }
    for (const stale of el.querySelectorAll(":scope > :not(.live-chart)")) stale.remove();
    if (!onScreen?.isConnected) {
      el.replaceChildren(next);
      onScreen = next;
    } else if (!animate) {
      onScreen.replaceWith(next);
      onScreen = next;
    } else {
      const from = onScreen;
      pending = window.setTimeout(() => {
        running = { morph: morph(from, next, options), target: next };
      }, 0);
    }
  }

  return {
    show,
    /** Forgets a morph not yet set in motion: a newer drawing is on its way. */
    cancel() {
      window.clearTimeout(pending);
    },
    /** Ends the running morph and lets go of the drawing, which stays in the page. */
    stop() {
      window.clearTimeout(pending);
      running?.morph.finish();
      running = null;
      onScreen = null;
    },
  };
}
