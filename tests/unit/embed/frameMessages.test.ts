import { describe, expect, it } from "vitest";
import { ampSizeMessage, hostWidth, pymMessage } from "../../../src/embed/frameMessages.ts";

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
