/**
 * Whether a burst of scrolling went too fast for Scrollama to follow. Scrollama reads the
 * steps' intersections with the reading line once a frame: while the page moves less than
 * the shortest beat's height between two frames, the line is seen inside every beat it
 * crosses; a longer jump can carry a whole beat past the line unseen.
 */
export interface ScrollBurst {
  /** The page's scroll position at the last scroll event. */
  lastY: number;
  /** The longest move between two scroll events (about a frame apart) since the burst began. */
  largestJump: number;
}

export const quietBurst = (y: number): ScrollBurst => ({ lastY: y, largestJump: 0 });

export function burstAfterScroll(burst: ScrollBurst, y: number): ScrollBurst {
  return { lastY: y, largestJump: Math.max(burst.largestJump, Math.abs(y - burst.lastY)) };
}

/** True when the burst may have carried a beat past the reading line unseen. */
export function outranSteps(burst: ScrollBurst, shortestBeat: number): boolean {
  return burst.largestJump >= shortestBeat;
}
