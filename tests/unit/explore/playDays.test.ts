import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { stepDay } from "../../../src/explore/days.ts";
import { createPlayer } from "../../../src/explore/playDays.ts";

describe("createPlayer", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal("window", globalThis);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("steps a day at a time and stops by itself on the last day", () => {
    let day = "2016-12-19";
    const stopped = vi.fn();
    const player = createPlayer(
      () => {
        day = stepDay(day, 1);
        return day !== "2016-12-22";
      },
      stopped,
      () => false,
      500,
    );
    player.start();
    vi.advanceTimersByTime(500);
    expect(day).toBe("2016-12-20");
    vi.advanceTimersByTime(5000);
    expect(day).toBe("2016-12-22");
    expect(player.playing()).toBe(false);
    expect(stopped).toHaveBeenCalledOnce();
  });

  it("never plays for a reader who asks for less motion", () => {
    const step = vi.fn(() => true);
    const player = createPlayer(
      step,
      () => {},
      () => true,
      500,
    );
    player.start();
    vi.advanceTimersByTime(5000);
    expect(step).not.toHaveBeenCalled();
    expect(player.playing()).toBe(false);
  });

  it("stops when asked", () => {
    const step = vi.fn(() => true);
    const player = createPlayer(
      step,
      () => {},
      () => false,
      500,
    );
    player.start();
    vi.advanceTimersByTime(1000);
    player.stop();
    vi.advanceTimersByTime(5000);
    expect(step).toHaveBeenCalledTimes(2);
  });
});
