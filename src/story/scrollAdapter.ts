import scrollama from "scrollama";
import { activeBeatIndex, triggerOffset } from "./activeBeat.ts";

export interface StepChange {
  index: number;
  direction: "up" | "down";
}

/**
 * The thin link between scrolling and the story: Scrollama watches the steps, and on any
 * of its events, a scroll, a resize or load, the active index is recomputed from layout.
 * It emits `{index, direction}` when that index changes and knows nothing else.
 */
export function watchSteps(steps: readonly HTMLElement[], onChange: (change: StepChange) => void) {
  let current = -1;
  let frame = 0;
  const measure = () => {
    frame = 0;
    const height = window.innerHeight;
    const trigger = height * triggerOffset(window.innerWidth);
    const index = activeBeatIndex(
      steps.map((s) => s.getBoundingClientRect()),
      trigger,
    );
    if (index !== current) {
      const direction = index > current ? "down" : "up";
      current = index;
      onChange({ index, direction });
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(measure);
  };

  const scroller = scrollama();
  scroller
    .setup({ step: steps as HTMLElement[], offset: triggerOffset(window.innerWidth) })
    .onStepEnter(schedule)
    .onStepExit(schedule);

  let width = window.innerWidth;
  const onResize = () => {
    // Phones change height as the address bar slides; only a new width re-lays the page.
    if (window.innerWidth !== width) {
      width = window.innerWidth;
      scroller.resize();
    }
    schedule();
  };
  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", onResize);
  window.addEventListener("load", schedule);
  window.addEventListener("pageshow", schedule);
  measure();

  return {
    /** Recompute now (after a jump the caller made). */
    refresh: measure,
    destroy() {
      scroller.destroy();
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", onResize);
      window.removeEventListener("load", schedule);
      window.removeEventListener("pageshow", schedule);
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
