import scrollama from "scrollama";
import { activeBeatIndex, triggerOffset } from "./activeBeat.ts";

export interface StepChange {
  index: number;
}

/**
 * The thin link between scrolling and the story: Scrollama watches the steps, and on any
 * of its events, a scroll, a resize or load, the active index is recomputed from layout.
 * It emits `{index}` when that index changes and knows nothing else.
 */
export function watchSteps(steps: readonly HTMLElement[], onChange: (change: StepChange) => void) {
  let current = -1;
  let frame = 0;
  // Where each step starts on the page. Read from layout once, and again only when the
  // layout changes (a new width, fonts, anything that resizes a step): a scroll frame then
  // reads no layout at all, even while a chart is being redrawn.
  let offsets: number[] = [];
  // Scrollama reads every step's height as it is set up: done in the first frame, once the
  // page is laid out, that costs nothing; done as the script runs, it forced a layout.
  let scroller: ReturnType<typeof scrollama> | null = null;
  const forgetOffsets = () => {
    offsets = [];
  };
  const measure = () => {
    frame = 0;
    if (offsets.length === 0) {
      offsets = pageTops(steps);
      scroller ??= startScrollama(steps, schedule);
    }
    const index = activeIndex(offsets);
    if (index !== current) {
      current = index;
      onChange({ index });
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(measure);
  };
  const relayoutSoon = () => {
    forgetOffsets();
    schedule();
  };

  let width = window.innerWidth;
  const onResize = () => {
    // Phones change height as the address bar slides; only a new width re-lays the page.
    forgetOffsets();
    if (window.innerWidth !== width) {
      width = window.innerWidth;
      scroller?.resize();
    }
    schedule();
  };
  const stopListening = listenForLayout(steps, { schedule, onResize, relayoutSoon });
  // The first reading waits for the first frame, where the browser lays the page out
  // anyway: read now, as the script runs when parsing ends, it would force that layout
  // into the script's own task and make one long task of the two on a slow phone.
  schedule();

  return {
    /** Recompute now (after a jump the caller made). */
    refresh: measure,
    destroy() {
      scroller?.destroy();
      stopListening();
      if (frame) cancelAnimationFrame(frame);
    },
  };
}

function startScrollama(steps: readonly HTMLElement[], onStep: () => void) {
  return scrollama()
    .setup({ step: steps as HTMLElement[], offset: triggerOffset(window.innerWidth) })
    .onStepEnter(onStep)
    .onStepExit(onStep);
}

/** Where each step starts on the page, read from layout. */
function pageTops(steps: readonly HTMLElement[]) {
  const y = window.scrollY;
  return steps.map((s) => s.getBoundingClientRect().top + y);
}

/** The active step, from the steps' tops on the page and the window's scroll and size. */
function activeIndex(offsets: readonly number[]) {
  const y = window.scrollY;
  const trigger = window.innerHeight * triggerOffset(window.innerWidth);
  return activeBeatIndex(
    offsets.map((top) => ({ top: top - y })),
    trigger,
  );
}

interface LayoutHandlers {
  /** A scroll, or Scrollama's word: look again in the next frame. */
  schedule: () => void;
  onResize: () => void;
  /** Something may have moved the steps: read their tops again, then look. */
  relayoutSoon: () => void;
}

/** Listens for everything that scrolls or moves the steps; returns how to stop. */
function listenForLayout(steps: readonly HTMLElement[], on: LayoutHandlers) {
  const layout = new ResizeObserver(on.relayoutSoon);
  // The body's size changes whenever anything above or among the steps does.
  layout.observe(document.body);
  for (const step of steps) layout.observe(step);
  void document.fonts?.ready.then(on.relayoutSoon);
  window.addEventListener("scroll", on.schedule, { passive: true });
  window.addEventListener("resize", on.onResize);
  window.addEventListener("load", on.relayoutSoon);
  window.addEventListener("pageshow", on.relayoutSoon);
  return () => {
    layout.disconnect();
    window.removeEventListener("scroll", on.schedule);
    window.removeEventListener("resize", on.onResize);
    window.removeEventListener("load", on.relayoutSoon);
    window.removeEventListener("pageshow", on.relayoutSoon);
  };
}
