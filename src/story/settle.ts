/**
 * The page's one scroll listener in the story: whatever needs to know that the page scrolled
 * (what waits for scrolling to settle, the fling watch) subscribes here.
 */
const subscribers = new WeakMap<object, Set<() => void>>();

/** Calls `scrolled` on each scroll of the page; returns how to stop. */
export function onPageScroll(scrolled: () => void): () => void {
  let set = subscribers.get(window);
  if (!set) {
    const fresh = new Set<() => void>();
    set = fresh;
    subscribers.set(window, fresh);
    window.addEventListener(
      "scroll",
      () => {
        for (const fn of fresh) fn();
      },
      { passive: true },
    );
  }
  set.add(scrolled);
  return () => set.delete(scrolled);
}

/**
 * Calls `settled` once the page has stopped scrolling: `quietMs` after the last scroll
 * that followed a call to `wait()` (or after `wait()` itself, if nothing scrolls).
 */
export function whenScrollSettles(settled: () => void, quietMs = 600) {
  let timer = 0;
  let waiting = false;
  const restart = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      waiting = false;
      settled();
    }, quietMs);
  };
  const stop = onPageScroll(() => {
    if (waiting) restart();
  });
  return {
    wait() {
      waiting = true;
      restart();
    },
    stop() {
      stop();
      window.clearTimeout(timer);
    },
  };
}
