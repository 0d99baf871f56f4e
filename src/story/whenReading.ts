const STARTS = ["scroll", "keydown", "pointerdown", "touchstart", "wheel"] as const;

/**
 * Runs `start` once, when the reader starts moving through the story (a scroll, a key, a
 * touch), or straight away for a reader who arrives mid-story (a deep link, a restored
 * scroll position), or when the page has been quiet for `idleMs`. The chart code waits for
 * this: until then the prerendered pictures are what a reader at the top sees anyway, and
 * the first screen stays free of script work.
 */
export function whenReading(start: () => void, midStory: boolean, idleMs = 5000): void {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    for (const type of STARTS) window.removeEventListener(type, go);
    clearTimeout(idle);
    start();
  };
  const idle = window.setTimeout(() => {
    if ("requestIdleCallback" in window) window.requestIdleCallback(go, { timeout: 2000 });
    else go();
  }, idleMs);
  for (const type of STARTS) window.addEventListener(type, go, { passive: true, once: true });
  if (midStory) go();
}
