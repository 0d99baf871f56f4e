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
  const startScrollama = () =>
    scrollama()
      .setup({ step: steps as HTMLElement[], offset: triggerOffset(window.innerWidth) })
      .onStepEnter(schedule)
      .onStepExit(schedule);
  const forgetOffsets = () => {
    offsets = [];
  };
  const measure = () => {
    frame = 0;
    if (offsets.length === 0) {
      const y = window.scrollY;
      offsets = steps.map((s) => s.getBoundingClientRect().top + y);
      scroller ??= startScrollama();
    }
    const y = window.scrollY;
    const trigger = window.innerHeight * triggerOffset(window.innerWidth);
    const index = activeBeatIndex(
      offsets.map((top) => ({ top: top - y })),
      trigger,
    );
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
  const layout = new ResizeObserver(relayoutSoon);
  // The body's size changes whenever anything above or among the steps does.
  layout.observe(document.body);
  for (const step of steps) layout.observe(step);
  void document.fonts?.ready.then(relayoutSoon);
  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", onResize);
  window.addEventListener("load", relayoutSoon);
  window.addEventListener("pageshow", relayoutSoon);
  // The first reading waits for the first frame, where the browser lays the page out
  // anyway: read now, as the script runs when parsing ends, it would force that layout
  // into the script's own task and make one long task of the two on a slow phone.
  schedule();

  return {
    /** Recompute now (after a jump the caller made). */
    refresh: measure,
    destroy() {
      scroller?.destroy();
      layout.disconnect();
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", onResize);
      window.removeEventListener("load", relayoutSoon);
      window.removeEventListener("pageshow", relayoutSoon);
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
