import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FLING_QUIET_MS, type StepChange } from "../../../src/story/scrollAdapter.ts";
import type { StepEvent } from "../../../src/story/stepEvents.ts";

/** Scrollama stands in for itself: the tests call its step callbacks as it would. */
const scroller = vi.hoisted(() => ({
  setups: [] as { offset: number; progress?: boolean }[],
  enter: (_: StepEvent): void => undefined,
  exit: (_: StepEvent): void => undefined,
  progress: (_: { index: number; progress: number }): void => undefined,
  offset: vi.fn(),
  destroy: vi.fn(),
}));
vi.mock("scrollama", () => ({
  default: () => {
    const api = {
      setup(options: { offset: number; progress?: boolean }) {
        scroller.setups.push(options);
        return api;
      },
      onStepEnter(fn: (e: StepEvent) => void) {
        scroller.enter = fn;
        return api;
      },
      onStepExit(fn: (e: StepEvent) => void) {
        scroller.exit = fn;
        return api;
      },
      onStepProgress(fn: (e: { index: number; progress: number }) => void) {
        scroller.progress = fn;
        return api;
      },
      offset: scroller.offset,
      destroy: scroller.destroy,
    };
    return api;
  },
}));

const { watchSteps } = await import("../../../src/story/scrollAdapter.ts");

/**
 * Steps 200 px tall at these page positions, in a window of this size, scrolled to 0, after
 * the page's first frame (`beforeFirstFrame`: just as the script has run).
 */
function page(tops: number[], width = 390, height = 1000, beforeFirstFrame = false) {
  const frames: FrameRequestCallback[] = [];
  const win = Object.assign(new EventTarget(), {
    scrollY: 0,
    innerWidth: width,
    innerHeight: height,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  });
  const reads = { count: 0 };
  const steps = tops.map((top) => ({
    getBoundingClientRect() {
      reads.count++;
      return { top: top - win.scrollY, height: 200 };
    },
  }));
  vi.stubGlobal("window", win);
  vi.stubGlobal("document", {});
  vi.stubGlobal("requestAnimationFrame", (fn: FrameRequestCallback) => frames.push(fn));
  vi.stubGlobal("cancelAnimationFrame", () => undefined);
  const changes: StepChange[] = [];
  const watch = watchSteps(steps as unknown as HTMLElement[], (c) => changes.push(c));
  const nextFrame = () => {
    for (const fn of frames.splice(0)) fn(0);
  };
  /** Scrolls there in one frame: the browser's scroll event, nothing from Scrollama. */
  const scrollTo = (y: number) => {
    win.scrollY = y;
    win.dispatchEvent(new Event("scroll"));
  };
  if (!beforeFirstFrame) nextFrame();
  return { win, changes, frames, nextFrame, scrollTo, reads, watch };
}

beforeEach(() => {
  vi.useFakeTimers();
  scroller.setups = [];
  scroller.offset.mockClear();
  scroller.destroy.mockClear();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("watchSteps(steps, onChange)", () => {
  it("reports the first step in the first frame, before any scroll, reading no layout before it", () => {
    const { changes, nextFrame, reads } = page([0, 1000, 2000], 390, 1000, true);
    expect(changes).toEqual([]);
    expect(reads.count).toBe(0);
    nextFrame();
    expect(changes).toEqual([{ index: 0, progress: 1 }]);
  });

  it("sets Scrollama up in the first frame, once, on the layout check's reading line, with progress", () => {
    const { nextFrame, scrollTo } = page([0, 1000, 2000], 390, 1000, true);
    expect(scroller.setups).toHaveLength(0);
    nextFrame();
    scrollTo(1500);
    vi.advanceTimersByTime(FLING_QUIET_MS);
    expect(scroller.setups).toEqual([expect.objectContaining({ offset: 0.6, progress: true })]);
    page([0, 1000], 1280);
    expect(scroller.setups.at(-1)?.offset).toBe(0.5);
  });

  it("lets Scrollama's step enter and exit drive the active step, reading no layout", () => {
    const { changes, reads } = page([0, 1000, 2000, 3000]);
    const before = reads.count;
    scroller.enter({ index: 1, direction: "down" });
    scroller.exit({ index: 1, direction: "down" });
    scroller.enter({ index: 2, direction: "down" });
    scroller.exit({ index: 2, direction: "up" });
    expect(changes.slice(1).map((c) => c.index)).toEqual([1, 1, 2, 1]);
    expect(reads.count).toBe(before);
  });

  it("reports Scrollama's progress through the active step", () => {
    const { changes } = page([0, 1000, 2000]);
    scroller.enter({ index: 1, direction: "down" });
    scroller.progress({ index: 1, progress: 0.4 });
    scroller.progress({ index: 2, progress: 0.9 });
    expect(changes.at(-1)).toEqual({ index: 1, progress: 0.4 });
  });

  it("leaves a reader's scroll to Scrollama: no layout check once it settles", () => {
    const { reads, scrollTo } = page([0, 1000, 2000]);
    const before = reads.count;
    for (let y = 0; y <= 1200; y += 100) scrollTo(y);
    vi.advanceTimersByTime(FLING_QUIET_MS * 2);
    expect(reads.count).toBe(before);
  });

  it("checks layout once a fling settles, and the layout check wins", () => {
    // On a phone the line sits at 0.6 of the height: 600 px down a 1000 px window.
    const { changes, scrollTo } = page([0, 1000, 2000, 3000]);
    scrollTo(3000);
    scroller.enter({ index: 3, direction: "down" });
    // Flung back up to y = 1300: the line (1900) in the gap below step 1. Scrollama saw only
    // step 3 leave, going up.
    scrollTo(1300);
    scroller.exit({ index: 3, direction: "up" });
    expect(changes.at(-1)?.index).toBe(2);
    vi.advanceTimersByTime(FLING_QUIET_MS - 1);
    expect(changes.at(-1)?.index).toBe(2);
    vi.advanceTimersByTime(1);
    expect(changes.at(-1)).toEqual({ index: 1, progress: 1 });
  });

  it("waits until the fling has been still for FLING_QUIET_MS", () => {
    const { changes, scrollTo } = page([0, 1000, 2000, 3000]);
    scrollTo(2300);
    vi.advanceTimersByTime(FLING_QUIET_MS - 10);
    scrollTo(2350);
    vi.advanceTimersByTime(FLING_QUIET_MS - 10);
    expect(changes).toHaveLength(1);
    vi.advanceTimersByTime(10);
    expect(changes.at(-1)?.index).toBe(2);
  });

  it("after a resize, moves Scrollama's line with the layout check's and checks layout", () => {
    const { win, changes, nextFrame } = page([0, 1000, 2000]);
    win.scrollY = 700;
    win.innerWidth = 1280; // the line moves up to 0.5 of the height
    win.dispatchEvent(new Event("resize"));
    win.dispatchEvent(new Event("resize"));
    nextFrame();
    expect(scroller.offset.mock.calls).toEqual([[0.5]]);
    expect(changes.at(-1)?.index).toBe(1);
    win.innerHeight = 900; // a phone's address bar: the line moves with the height
    win.dispatchEvent(new Event("resize"));
    nextFrame();
    expect(scroller.offset).toHaveBeenCalledTimes(2);
  });

  it("checks layout on load and on pageshow (a restored position, a link to a beat)", () => {
    for (const type of ["load", "pageshow"]) {
      const { win, changes, nextFrame } = page([0, 1000, 2000]);
      win.scrollY = 1500;
      win.dispatchEvent(new Event(type));
      nextFrame();
      expect(changes.at(-1)?.index, type).toBe(2);
      expect(scroller.offset).not.toHaveBeenCalled();
    }
  });

  it("refresh() checks layout at once, without waiting for a frame", () => {
    const { win, changes, watch } = page([0, 1000]);
    win.scrollY = 1000;
    watch.refresh();
    expect(changes.at(-1)).toEqual({ index: 1, progress: 1 });
  });

  it("says nothing while neither the step nor the progress changes", () => {
    const { changes, watch } = page([0, 1000]);
    watch.refresh();
    scroller.exit({ index: 1, direction: "up" });
    expect(changes).toHaveLength(1);
  });

  it("stops listening once destroyed", () => {
    const { changes, scrollTo, frames, win, watch } = page([0, 1000]);
    watch.destroy();
    expect(scroller.destroy).toHaveBeenCalled();
    win.dispatchEvent(new Event("resize"));
    expect(frames).toHaveLength(0);
    scrollTo(1000);
    vi.advanceTimersByTime(FLING_QUIET_MS);
    expect(changes).toHaveLength(1);
  });
});
