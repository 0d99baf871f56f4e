/**
 * Play: steps a day at a time, every `everyMs`, and stops on the last day (or as soon as
 * the reader asks for less motion). `step` moves on a day and says whether there is one
 * after it; `stopped` is told when play ends, by itself or by `stop()`.
 */
export function createPlayer(
  step: () => boolean,
  stopped: () => void,
  reduced: () => boolean,
  everyMs = 900,
) {
  let timer = 0;
  const stop = () => {
    if (!timer) return;
    window.clearInterval(timer);
    timer = 0;
    stopped();
  };
  return {
    playing: () => timer !== 0,
    start() {
      if (timer || reduced()) return;
      timer = window.setInterval(() => {
        if (reduced() || !step()) stop();
      }, everyMs);
    },
    stop,
  };
}
