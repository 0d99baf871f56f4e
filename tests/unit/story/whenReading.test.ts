import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { whenReading } from "../../../src/story/whenReading.ts";

/** A window that is only an event target with timers, and maybe requestIdleCallback. */
function fakeWindow(idleCallback: boolean) {
  const win = Object.assign(new EventTarget(), {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    ...(idleCallback
      ? { requestIdleCallback: (fn: () => void, _: { timeout: number }) => setTimeout(fn, 50) }
      : {}),
  });
  vi.stubGlobal("window", win);
  return win;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("whenReading(start, midStory, idleMs)", () => {
  it("waits at the top of the story while nothing happens", () => {
    fakeWindow(false);
    const start = vi.fn();
    whenReading(start, false, 5000);
    vi.advanceTimersByTime(4999);
    expect(start).not.toHaveBeenCalled();
  });

  for (const type of ["scroll", "keydown", "pointerdown", "touchstart", "wheel"]) {
    it(`starts on the reader's first ${type}`, () => {
      const win = fakeWindow(false);
      const start = vi.fn();
      whenReading(start, false);
      win.dispatchEvent(new Event(type));
      expect(start).toHaveBeenCalledTimes(1);
    });
  }

  it("starts once, however many events follow, and not again when the page goes quiet", () => {
    const win = fakeWindow(false);
    const start = vi.fn();
    whenReading(start, false, 5000);
    win.dispatchEvent(new Event("scroll"));
    win.dispatchEvent(new Event("keydown"));
    win.dispatchEvent(new Event("scroll"));
    vi.advanceTimersByTime(10_000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("starts straight away for a reader who arrives mid-story", () => {
    const win = fakeWindow(false);
    const start = vi.fn();
    whenReading(start, true);
    expect(start).toHaveBeenCalledTimes(1);
    win.dispatchEvent(new Event("scroll"));
    vi.advanceTimersByTime(10_000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("starts after idleMs of quiet, at once where the browser has no idle callback", () => {
    fakeWindow(false);
    const start = vi.fn();
    whenReading(start, false, 3000);
    vi.advanceTimersByTime(3000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("starts after idleMs of quiet at the browser's next idle moment, where it has one", () => {
    const win = fakeWindow(true);
    const start = vi.fn();
    whenReading(start, false, 3000);
    vi.advanceTimersByTime(3000);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(start).toHaveBeenCalledTimes(1);
    win.dispatchEvent(new Event("scroll"));
    expect(start).toHaveBeenCalledTimes(1);
  });
});
