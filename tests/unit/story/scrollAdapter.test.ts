import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StepChange } from "../../../src/story/scrollAdapter.ts";

/** Scrollama stands in for itself: it only tells the adapter to look again. */
const scroller = vi.hoisted(() => ({
  setups: 0,
  offset: 0,
  enter: (): void => undefined,
  resize: vi.fn(),
  destroy: vi.fn(),
}));
vi.mock("scrollama", () => ({
  default: () => {
    const api = {
      setup(options: { offset: number }) {
        scroller.setups++;
        scroller.offset = options.offset;
        return api;
      },
      onStepEnter(fn: () => void) {
        scroller.enter = fn;
        return api;
      },
      onStepExit: () => api,
      resize: scroller.resize,
      destroy: scroller.destroy,
    };
    return api;
  },
}));

const { watchSteps } = await import("../../../src/story/scrollAdapter.ts");

/**
 * Steps at these page positions, in a window of this size, scrolled to 0, after the page's
 * first frame (`beforeFirstFrame`: just as the script has run).
 */
function page(tops: number[], width = 390, height = 1000, beforeFirstFrame = false) {
  const frames: FrameRequestCallback[] = [];
  const observers: ResizeObserverCallback[] = [];
  const win = Object.assign(new EventTarget(), {
    scrollY: 0,
    innerWidth: width,
    innerHeight: height,
  });
  const reads = { count: 0 };
  const steps = tops.map((top) => ({
    getBoundingClientRect() {
      reads.count++;
      return { top: top - win.scrollY };
    },
  }));
  vi.stubGlobal("window", win);
  vi.stubGlobal("document", { body: {} });
  vi.stubGlobal("requestAnimationFrame", (fn: FrameRequestCallback) => frames.push(fn));
  vi.stubGlobal("cancelAnimationFrame", () => undefined);
  vi.stubGlobal(
    "ResizeObserver",
    class {
      constructor(fn: ResizeObserverCallback) {
        observers.push(fn);
      }
      observe() {}
      disconnect() {}
    },
  );
  const changes: StepChange[] = [];
  const watch = watchSteps(steps as unknown as HTMLElement[], (c) => changes.push(c));
  const nextFrame = () => {
    for (const fn of frames.splice(0)) fn(0);
  };
  const scrollTo = (y: number) => {
    win.scrollY = y;
    win.dispatchEvent(new Event("scroll"));
    nextFrame();
  };
  if (!beforeFirstFrame) nextFrame();
  return { win, changes, frames, nextFrame, scrollTo, reads, observers, watch };
}

beforeEach(() => {
  scroller.setups = 0;
  scroller.resize.mockClear();
  scroller.destroy.mockClear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("watchSteps(steps, onChange)", () => {
  it("reports the first step in the first frame, before any scroll, reading no layout before it", () => {
    const { changes, nextFrame, reads } = page([0, 1000, 2000], 390, 1000, true);
    expect(changes).toEqual([]);
    expect(reads.count).toBe(0);
    nextFrame();
    expect(changes).toEqual([{ index: 0 }]);
  });

  it("sets Scrollama up in the first frame, once, since its set-up reads every step's height", () => {
    const { nextFrame, scrollTo } = page([0, 1000, 2000], 390, 1000, true);
    expect(scroller.setups).toBe(0);
    nextFrame();
    expect(scroller.setups).toBe(1);
    scrollTo(1500);
    expect(scroller.setups).toBe(1);
  });

  it("reports the step whose top has crossed the trigger line, going down and back up", () => {
    // On a phone the line sits at 0.6 of the height: 600 px down a 1000 px window.
    const { changes, scrollTo } = page([0, 1000, 2000, 3000]);
    scrollTo(1500);
    scrollTo(500);
    expect(changes.slice(1)).toEqual([{ index: 2 }, { index: 1 }]);
  });

  it("puts the trigger line where triggerOffset says for the window's width", () => {
    const phone = page([0, 1000], 390);
    phone.scrollTo(450); // the second step's top at 550: above a phone's line (600)
    expect(phone.changes.at(-1)?.index).toBe(1);
    const desktop = page([0, 1000], 1280);
    desktop.scrollTo(450); // below a desktop's line (500)
    expect(desktop.changes.at(-1)?.index).toBe(0);
    expect(scroller.offset).toBe(0.5);
  });

  it("says nothing while the active step stays the same", () => {
    const { changes, scrollTo } = page([0, 1000, 2000]);
    scrollTo(100);
    scrollTo(300);
    expect(changes).toHaveLength(1);
  });

  it("measures once per frame, however many scroll events and Scrollama calls arrive", () => {
    const { win, frames } = page([0, 1000]);
    win.dispatchEvent(new Event("scroll"));
    win.dispatchEvent(new Event("scroll"));
    scroller.enter();
    expect(frames).toHaveLength(1);
  });

  it("reads the steps' positions from layout once, not on every scroll", () => {
    const { scrollTo, reads } = page([0, 1000, 2000]);
    const first = reads.count;
    for (const y of [100, 900, 1800, 400]) scrollTo(y);
    expect(reads.count).toBe(first);
  });

  it("reads them again when the layout changes size", () => {
    const { observers, nextFrame, reads } = page([0, 1000]);
    const first = reads.count;
    for (const fn of observers) fn([], {} as ResizeObserver);
    nextFrame();
    expect(reads.count).toBe(first * 2);
  });

  it("asks Scrollama to re-lay out only when the width changes, not the height", () => {
    const { win, nextFrame } = page([0, 1000]);
    win.innerHeight = 900;
    win.dispatchEvent(new Event("resize"));
    nextFrame();
    expect(scroller.resize).not.toHaveBeenCalled();
    win.innerWidth = 420;
    win.dispatchEvent(new Event("resize"));
    expect(scroller.resize).toHaveBeenCalledTimes(1);
  });

  it("refresh() recomputes at once, without waiting for a frame", () => {
    const { win, changes, watch } = page([0, 1000]);
    win.scrollY = 1000;
    watch.refresh();
    expect(changes.at(-1)).toEqual({ index: 1 });
  });

  it("stops listening once destroyed", () => {
    const { changes, scrollTo, frames, win, watch } = page([0, 1000]);
    watch.destroy();
    expect(scroller.destroy).toHaveBeenCalled();
    win.dispatchEvent(new Event("scroll"));
    expect(frames).toHaveLength(0);
    scrollTo(1000);
    expect(changes).toHaveLength(1);
  });
});
