import { describe, expect, it, vi } from "vitest";
import type { GraphicDefinition } from "../../../src/charts/types.ts";

const render = vi.fn();
vi.mock("../../../src/charts/chart.ts", () => ({
  createChart: () => ({ render, resize: vi.fn(), restyle: vi.fn(), destroy: vi.fn() }),
}));
const { mountGraphic } = await import("../../../src/charts/mount.ts");

const records = {} as never;
const root = {} as ParentNode;
const canvas = {} as HTMLElement;
const size = { width: 320, height: 200 };
// A beat carries more than its state: the chart and the page get the state alone.
const beat = { id: "hanano-falls", graphic: "map", state: "front", date: "2016-11-26" };
const shown = { ...beat, highlight: ["hanano"] };
const plain = { state: "front", date: "2016-11-26", highlight: ["hanano"] };

describe("mountGraphic(canvas, definition, records, onError, root)", () => {
  it("draws the state and keeps the graphic's parts of the page in step with it", () => {
    const keepInStep = vi.fn();
    const mounted = mountGraphic(
      canvas,
      { keepInStep } as unknown as GraphicDefinition,
      records,
      vi.fn(),
      root,
    );
    mounted.show(shown, size, true);
    expect(render).toHaveBeenLastCalledWith(plain, size, { animate: true });
    expect(keepInStep).toHaveBeenCalledWith(records, plain, root);
  });

  it("only draws a graphic that keeps nothing else in step", () => {
    const mounted = mountGraphic(canvas, {} as GraphicDefinition, records, vi.fn(), root);
    expect(() => mounted.show(shown, size, false)).not.toThrow();
    expect(render).toHaveBeenLastCalledWith(plain, size, { animate: false });
  });
});
