import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { onPageScroll, whenScrollSettles } from "../../../src/story/settle.ts";

function fakeWindow() {
  const win = Object.assign(new EventTarget(), {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  });
  const added = vi.spyOn(win, "addEventListener");
  vi.stubGlobal("window", win);
  return { win, added, scroll: () => win.dispatchEvent(new Event("scroll")) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("onPageScroll(scrolled)", () => {
  it("serves every subscriber from one scroll listener on the window", () => {
    const { added, scroll } = fakeWindow();
    const a = vi.fn();
    const b = vi.fn();
    onPageScroll(a);
    const stopB = onPageScroll(b);
    whenScrollSettles(() => undefined);
    scroll();
    stopB();
    scroll();
    expect(added.mock.calls.filter(([type]) => type === "scroll")).toHaveLength(1);
    expect(a).toHaveBeenCalledTimes(2);
    expect(b).toHaveBeenCalledTimes(1);
  });
});

describe("whenScrollSettles(settled, quietMs)", () => {
  it("calls settled quietMs after the last scroll that followed wait()", () => {
    const { scroll } = fakeWindow();
    const settled = vi.fn();
    const settle = whenScrollSettles(settled, 600);
    settle.wait();
    vi.advanceTimersByTime(500);
    scroll();
    vi.advanceTimersByTime(500);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it("ignores scrolling until wait() is called", () => {
    const { scroll } = fakeWindow();
    const settled = vi.fn();
    whenScrollSettles(settled, 600);
    scroll();
    vi.advanceTimersByTime(2000);
    expect(settled).not.toHaveBeenCalled();
  });
});
