import { describe, expect, it } from "vitest";
import {
  ampHeight,
  ampSizeMessage,
  hostViewport,
  hostWidth,
  isFramesInit,
  pymMessage,
} from "../../../src/embed/frameMessages.ts";

describe("frame messages", () => {
  it("pymMessage(id, type, value) is pym.js's own string format", () => {
    expect(pymMessage("embed-map", "height", "612")).toBe("pymxPYMxembed-mapxPYMxheightxPYMx612");
  });

  it("ampSizeMessage(height) is the object AMP and @newswire/frames read", () => {
    expect(ampSizeMessage(612)).toEqual({ sentinel: "amp", type: "embed-size", height: 612 });
  });

  it("hostWidth reads a pym width message meant for this frame", () => {
    expect(hostWidth("pymxPYMxembed-mapxPYMxwidthxPYMx600", "embed-map")).toBe(600);
  });

  it.each([
    ["another frame's", "pymxPYMxembed-controlxPYMxwidthxPYMx600"],
    ["another type", "pymxPYMxembed-mapxPYMxheightxPYMx600"],
    ["a negative width", "pymxPYMxembed-mapxPYMxwidthxPYMx-5"],
    ["zero", "pymxPYMxembed-mapxPYMxwidthxPYMx0"],
    ["an absurd width", "pymxPYMxembed-mapxPYMxwidthxPYMx99999"],
    ["an exponent", "pymxPYMxembed-mapxPYMxwidthxPYMx1e3"],
    ["markup", "pymxPYMxembed-mapxPYMxwidthxPYMx<img src=x onerror=alert(1)>"],
    ["an extra field", "pymxPYMxembed-mapxPYMxwidthxPYMx600xPYMx1"],
    ["an object", { width: 600 }],
    ["a number", 600],
  ])("hostWidth ignores %s", (_, data) => {
    expect(hostWidth(data, "embed-map")).toBeNull();
  });
});

describe("messages from a frame or a frames parent", () => {
  it("ampHeight reads the height an embed-size message asks for", () => {
    expect(ampHeight(ampSizeMessage(612))).toBe(612);
  });

  it.each([
    ["a pym string", "pymxPYMxembed-mapxPYMxheightxPYMx612"],
    ["another type", { sentinel: "amp", type: "embed-resize", height: 612 }],
    ["another sentinel", { sentinel: "pym", type: "embed-size", height: 612 }],
    ["a height as text", { sentinel: "amp", type: "embed-size", height: "612" }],
    ["markup", { sentinel: "amp", type: "embed-size", height: "<img src=x>" }],
    ["a fraction", { sentinel: "amp", type: "embed-size", height: 612.5 }],
    ["under AMP's least", { sentinel: "amp", type: "embed-size", height: 99 }],
    ["an absurd height", { sentinel: "amp", type: "embed-size", height: 1e9 }],
    ["infinity", { sentinel: "amp", type: "embed-size", height: Number.POSITIVE_INFINITY }],
    ["null", null],
  ])("ampHeight ignores %s", (_, data) => {
    expect(ampHeight(data)).toBeNull();
  });

  it("isFramesInit knows @newswire/frames' greeting and nothing else", () => {
    expect(isFramesInit({ sentinel: "amp", type: "frames-init" })).toBe(true);
    expect(isFramesInit({ sentinel: "amp", type: "embed-size", height: 300 })).toBe(false);
    expect(isFramesInit("frames-init")).toBe(false);
    expect(isFramesInit(null)).toBe(false);
  });
});

describe("hostViewport(data, childId)", () => {
  const position = (value: string) =>
    pymMessage("story", "viewport-iframe-position", value) as unknown;

  it("reads pym's trackscroll report: the host's viewport, and the frame's edges in it", () => {
    expect(hostViewport(position("1280 800 -2345.5 0 31000.25 1280"), "story")).toEqual({
      width: 1280,
      height: 800,
      top: -2345.5,
      left: 0,
      bottom: 31000.25,
      right: 1280,
    });
  });

  it.each([
    ["another frame's", pymMessage("other", "viewport-iframe-position", "1280 800 0 0 900 1280")],
    ["another type", pymMessage("story", "width", "1280 800 0 0 900 1280")],
    ["five numbers", position("1280 800 0 0 900")],
    ["seven numbers", position("1280 800 0 0 900 1280 1")],
    ["a viewport of no height", position("1280 0 0 0 900 1280")],
    ["an absurd viewport", position("1280 99999 0 0 900 1280")],
    ["an edge beyond any page", position("1280 800 -99999999 0 900 1280")],
    ["a bottom above the top", position("1280 800 900 0 0 1280")],
    ["an exponent", position("1280 800 1e3 0 2e3 1280")],
    ["Infinity", position("1280 800 -Infinity 0 900 1280")],
    ["two spaces", position("1280  800 0 0 900 1280")],
    ["markup", position("1280 800 <img src=x onerror=alert(1)> 0 900 1280")],
    ["an object", { top: 0, height: 800 }],
    ["null", null],
  ])("ignores %s", (_, data) => {
    expect(hostViewport(data, "story")).toBeNull();
  });
});
