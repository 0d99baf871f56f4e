import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDayAnnouncer } from "../../../src/explore/dayAnnouncer.ts";

describe("createDayAnnouncer", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal("window", globalThis);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("says one line, the last day's, once the day settles", () => {
    const region = { textContent: "" } as HTMLElement;
    const announcer = createDayAnnouncer(region, 700);
    announcer.changed("On 1 December: a.");
    vi.advanceTimersByTime(300);
    announcer.changed("On 2 December: b.");
    vi.advanceTimersByTime(300);
    announcer.changed("On 3 December: c.");
    expect(region.textContent).toBe("");
    vi.advanceTimersByTime(700);
    expect(region.textContent).toBe("On 3 December: c.");
  });

  it("does not repeat the line it has just said", () => {
    const said: string[] = [];
    const region = {
      set textContent(line: string) {
        said.push(line);
      },
    } as unknown as HTMLElement;
    const announcer = createDayAnnouncer(region, 100);
    announcer.changed("On 1 December: a.");
    vi.advanceTimersByTime(100);
    announcer.changed("On 1 December: a.");
    vi.advanceTimersByTime(100);
    expect(said).toEqual(["On 1 December: a."]);
  });
});
