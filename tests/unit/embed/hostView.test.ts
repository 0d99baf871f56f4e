import { describe, expect, it } from "vitest";
import type { HostViewport } from "../../../src/embed/frameMessages.ts";
import {
  beatFit,
  belowHeader,
  type FrameLayout,
  frameInView,
  graphicShift,
  hostActiveBeat,
  hostScreen,
} from "../../../src/embed/hostView.ts";

const view = (top: number, height = 800, width = 1280): HostViewport => ({
  width,
  height,
  top,
  left: 0,
  bottom: top + 20_000,
  right: width,
});

/** A story 10,000 px tall from 500 px down the frame, its graphic 800 px tall at its top. */
const layout: FrameLayout = {
  width: 1280,
  steps: [1000, 2000, 3000],
  graphic: { top: 500, height: 800 },
  storyBottom: 10_500,
};

describe("hostActiveBeat(layout, view)", () => {
  it("is the first beat before any has reached the host's reading line", () => {
    expect(hostActiveBeat(layout, view(0))).toBe(0);
  });

  it("is the last beat whose top has crossed the reading line, halfway down a desktop", () => {
    // Beat 2 starts 2000 px into the frame; the frame's top is 1601 px above the viewport's.
    expect(hostActiveBeat(layout, view(-1601))).toBe(1);
    expect(hostActiveBeat(layout, view(-1600))).toBe(1);
    expect(hostActiveBeat(layout, view(-1599))).toBe(0);
  });

  it("puts the reading line lower in a phone's stacked layout, as the story does", () => {
    const phone = { ...layout, width: 390 };
    // 60% of 800 is 480: beat 2's top is on the line when the frame's top is 1520 px above.
    expect(hostActiveBeat(phone, view(-1520))).toBe(1);
    expect(hostActiveBeat(phone, view(-1519))).toBe(0);
  });

  it("takes the frame's width, not the host window's, to decide the layout", () => {
    // A 600 px frame is laid out stacked, so its line is at 60% even in a wide window:
    // beat 2's top, 450 px down the viewport, has crossed 480 but not 400.
    const narrowFrame = { ...layout, width: 600 };
    expect(hostActiveBeat(narrowFrame, view(-1550, 800, 1280))).toBe(1);
  });
});

describe("graphicShift(layout, view)", () => {
  it("leaves the graphic in its place until the story reaches the viewport's top", () => {
    expect(graphicShift(layout, view(200))).toBe(0);
    expect(graphicShift(layout, view(-500))).toBe(0);
  });

  it("then moves it down with the host's scroll, keeping it at the viewport's top", () => {
    expect(graphicShift(layout, view(-501))).toBe(1);
    expect(graphicShift(layout, view(-4500))).toBe(4000);
  });

  it("never past the story's end", () => {
    expect(graphicShift(layout, view(-9700))).toBe(9200);
    expect(graphicShift(layout, view(-30_000))).toBe(9200);
  });
});

describe("frameInView(view)", () => {
  it("is whether any of the frame is inside the host's viewport", () => {
    expect(frameInView({ ...view(0), bottom: 900 })).toBe(true);
    expect(frameInView({ ...view(800), bottom: 900 })).toBe(false);
    expect(frameInView({ ...view(-900), bottom: 0 })).toBe(false);
    expect(frameInView({ ...view(-900), bottom: 1 })).toBe(true);
  });
});

describe("hostScreen(last, view)", () => {
  it("is the smallest viewport height seen at one width, like svh", () => {
    let screen = hostScreen(null, view(0, 700, 390));
    expect(screen).toEqual({ width: 390, height: 700 });
    screen = hostScreen(screen, view(0, 760, 390));
    expect(screen).toEqual({ width: 390, height: 700 });
    screen = hostScreen(screen, view(0, 650, 390));
    expect(screen).toEqual({ width: 390, height: 650 });
  });

  it("starts again at a new width", () => {
    expect(hostScreen({ width: 390, height: 650 }, view(0, 390, 844))).toEqual({
      width: 844,
      height: 390,
    });
  });
});

describe("belowHeader(view, top)", () => {
  it("is the host's viewport itself when there is no header", () => {
    expect(belowHeader(view(-300), 0)).toEqual(view(-300));
  });

  it("starts the viewport under a 60 px header: shorter, the frame's edges 60 px higher", () => {
    expect(belowHeader(view(-300), 60)).toEqual({
      width: 1280,
      height: 740,
      top: -360,
      left: 0,
      bottom: 19_640,
      right: 1280,
    });
  });

  it("keeps the graphic, and so the controls at its top, below the header", () => {
    // Unmoved, the graphic's top would be 500 - 1500 px into the host's window: under the header.
    const under = belowHeader(view(-1500), 60);
    expect(graphicShift(layout, under)).toBe(1060);
    expect(-1500 + layout.graphic.top + graphicShift(layout, under)).toBe(60);
  });

  it("puts the reading line in what the reader sees below the header", () => {
    // Beat 2 starts 1000 px below beat 1; the line is at 60 + 740 / 2 = 430 px in the window.
    expect(hostActiveBeat(layout, belowHeader(view(-2000 + 430 - 1), 60))).toBe(1);
    expect(hostActiveBeat(layout, belowHeader(view(-2000 + 430 + 1), 60))).toBe(0);
  });

  it("never leaves a viewport of no height", () => {
    expect(belowHeader(view(0, 50), 60).height).toBe(1);
  });
});

describe("beatFit(listHeight, storyHeight, beats)", () => {
  it("shares what the story lacks, or has too much of, among the beats' spaces", () => {
    expect(beatFit(40_000, 36_000, 40)).toBe(100);
    expect(beatFit(32_000, 38_400, 40)).toBe(-160);
    expect(beatFit(30_000, 30_000, 40)).toBe(0);
  });

  it("asks nothing of a story with no beats", () => {
    expect(beatFit(1000, 500, 0)).toBe(0);
  });
});
