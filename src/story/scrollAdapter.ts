import scrollama from "scrollama";
import { activeBeatIndex, triggerOffset } from "./activeBeat.ts";
import { burstAfterScroll, outranSteps, quietBurst } from "./fling.ts";
import { onPageScroll } from "./settle.ts";
import {
  afterStepEnter,
  afterStepExit,
  afterStepProgress,
  progressThrough,
  type StepPosition,
  samePosition,
} from "./stepEvents.ts";

/** The active step, and how far the reading line has gone through it (0 to 1), where the
 * watcher knows (the embed's host reports the step alone). */
export interface StepChange {
  index: number;
  progress?: number;
}

/**
 * How long the page must be still before a fast burst of scrolling is checked against
 * layout: well before the live region speaks (600 ms after the scroll settles), so it
 * speaks of the beat the check settled on.
 */
export const FLING_QUIET_MS = 150;

/** Scrollama's instance, with the `offset` setter its type declarations leave out. */
type Scroller = ReturnType<typeof scrollama> & { offset(value: number): unknown };

/**
 * The thin link between scrolling and the story. Scrollama watches the steps: its step
 * enter, exit and progress say which step is at the reading line as the reader scrolls.
 * The layout check (`activeBeatIndex`, on the steps' boxes) runs only where Scrollama
 * cannot be trusted, and wins: on the first frame, on load (a restored position, a link
 * to a beat), after a resize, and once a burst of scrolling too fast for Scrollama to
 * follow has settled. It emits `{index, progress}` when either changes and knows nothing
 * else.
 */
export function watchSteps(steps: readonly HTMLElement[], onChange: (change: StepChange) => void) {
  let position: StepPosition = { index: -1, progress: 0 };
  const report = (next: StepPosition) => {
    if (samePosition(next, position)) return;
    position = next;
    onChange(next);
  };
  // Measured by each layout check: what a fast burst is measured against.
  let shortestBeat = 0;
  const layoutCheck = () => {
    const boxes = steps.map((s) => s.getBoundingClientRect());
    shortestBeat = Math.min(...boxes.map((b) => b.height));
    const line = window.innerHeight * triggerOffset(window.innerWidth);
    const index = activeBeatIndex(boxes, line);
    report({ index, progress: progressThrough(boxes[index] as DOMRect, line) });
  };

  // Scrollama reads every step's height as it is set up: done in the first frame, once the
  // page is laid out, that costs nothing; done as the script runs, it forced a layout.
  let scroller: Scroller | null = null;
  let frame = 0;
  let relay = false;
  const checkInNextFrame = (relayScrollama: boolean) => {
    relay ||= relayScrollama;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (relay) scroller?.offset(triggerOffset(window.innerWidth));
      relay = false;
      layoutCheck();
      scroller ??= startScrollama(steps, () => position, report);
    });
  };
  const stopFlingWatch = watchForFlings(() => shortestBeat, layoutCheck);
  const stopListening = listenForLayout({
    // A new width may move the reading line, a new height moves it: Scrollama's watch is
    // laid out again on the same line as the layout check's.
    resized: () => checkInNextFrame(true),
    loaded: () => checkInNextFrame(false),
  });
  // The first reading waits for the first frame, where the browser lays the page out
  // anyway: read now, as the script runs when parsing ends, it would force that layout
  // into the script's own task and make one long task of the two on a slow phone.
  checkInNextFrame(false);

  return {
    /** The layout check, now (after a jump the caller made). */
    refresh: layoutCheck,
    destroy() {
      scroller?.destroy();
      stopFlingWatch();
      stopListening();
      cancelAnimationFrame(frame);
    },
  };
}

/** Scrollama, on the layout check's reading line, reporting through the pure step rules. */
function startScrollama(
  steps: readonly HTMLElement[],
  current: () => StepPosition,
  report: (next: StepPosition) => void,
): Scroller {
  return (scrollama() as Scroller)
    .setup({
      step: steps as HTMLElement[],
      offset: triggerOffset(window.innerWidth),
      progress: true,
    })
    .onStepEnter((event) => report(afterStepEnter(event)))
    .onStepExit((event) => report(afterStepExit(current(), event)))
    .onStepProgress((event) => report(afterStepProgress(current(), event))) as Scroller;
}

/**
 * Runs `check` once a burst of scrolling that moved further between two frames than the
 * shortest beat is tall has been still for `FLING_QUIET_MS`; returns how to stop.
 */
function watchForFlings(shortestBeat: () => number, check: () => void) {
  let burst = quietBurst(window.scrollY);
  let timer = 0;
  const stop = onPageScroll(() => {
    burst = burstAfterScroll(burst, window.scrollY);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (outranSteps(burst, shortestBeat())) check();
      burst = quietBurst(burst.lastY);
    }, FLING_QUIET_MS);
  });
  return () => {
    stop();
    window.clearTimeout(timer);
  };
}

/** Listens for what moves the steps or the reading line in ways Scrollama cannot see. */
function listenForLayout(on: { resized: () => void; loaded: () => void }) {
  // Fonts and a restored scroll position (a reload, a link to a beat) come after the first
  // frame; Scrollama reports only steps whose place changes, not where the page starts.
  void document.fonts?.ready.then(on.loaded);
  window.addEventListener("resize", on.resized);
  window.addEventListener("load", on.loaded);
  window.addEventListener("pageshow", on.loaded);
  return () => {
    window.removeEventListener("resize", on.resized);
    window.removeEventListener("load", on.loaded);
    window.removeEventListener("pageshow", on.loaded);
  };
}
