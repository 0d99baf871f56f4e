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
  window.addEventListener(
    "scroll",
    () => {
      if (waiting) restart();
    },
    { passive: true },
  );
  return {
    wait() {
      waiting = true;
      restart();
    },
  };
}
