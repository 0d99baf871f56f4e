import type { PlotOptions } from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type {
  ChartRecords,
  GraphicDefinition,
  GraphicState,
  Size,
} from "../../../src/charts/types.ts";
import { en } from "../../../src/locale/en.ts";

// d3-timer (under Plot and the transitions) reads the clock it finds when it loads: fake it
// first, then load them.
vi.useFakeTimers({
  toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "performance", "Date"],
});
const Plot = await import("@observablehq/plot");
const { createChart } = await import("../../../src/charts/chart.ts");

let el: HTMLElement;
let document: Document;
beforeEach(() => {
  const page = parseHTML(`<div id="canvas"><picture><img src="first.svg"></picture></div>`);
  Object.assign(page.window, { getComputedStyle: () => ({ getPropertyValue: () => "1" }) });
  document = page.document as unknown as Document;
  el = document.querySelector("#canvas") as unknown as HTMLElement;
  vi.stubGlobal("window", {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A one-mark chart whose dot sits at the state's day of the month, drawn with linkedom. */
function definition(fail: (state: GraphicState) => boolean = () => false) {
  const laidOut: { date: string; size: Size }[] = [];
  const spacings: Size["text"][] = [];
  const def: GraphicDefinition = {
    name: "test",
    title: () => "A test chart",
    shortTitle: () => "Test chart",
    states: ["only"],
    datasets: [],
    table: {
      title: () => "Test",
      name: () => "Test",
      caption: () => "Test",
      dataset: "events",
      columns: () => [],
      rows: () => [],
    },
    spec(_records, state, size) {
      laidOut.push({ date: state.date, size: { width: size.width, height: size.height } });
      spacings.push(size.text);
      const day = Number(state.date.slice(8));
      const dot = fail(state)
        ? () => {
            throw new Error("cannot draw this state");
          }
        : Plot.dot([day], { x: (d: number) => d, y: 0 });
      return {
        ...size,
        x: { domain: [0, 31] },
        marks: [dot],
        document,
      } as PlotOptions;
    },
    describe: () => "",
    headline: () => ({ text: "" }) as never,
  };
  return { def, laidOut, spacings };
}
/** The chart reads only its edition from the records (the drawing's name and direction). */
const RECORDS = { edition: en } as unknown as ChartRecords;
const at = (date: string): GraphicState => ({ state: "only", date, highlight: [] });
const size = { width: 320, height: 200 };
const drawn = () => [...el.children].map((c) => c.getAttribute("aria-label") ?? c.localName);
const drawings = () => el.querySelectorAll("svg");

describe("createChart(el, definition, records, onError)", () => {
  it("draws a state in a task of its own, in place of the prerendered picture", async () => {
    const { def } = definition();
    const chart = createChart(el, def, RECORDS, vi.fn());
    chart.render(at("2016-11-28"), size, { animate: false });
    expect(drawn()).toEqual(["picture"]);
    await vi.advanceTimersByTimeAsync(0);
    expect(drawn()).toEqual(["Test chart, 28 November 2016"]);
    const svg = drawings()[0];
    expect(svg?.classList.contains("live-chart")).toBe(true);
    expect(svg?.querySelector(":scope > style")).toBeNull();
  });

  it("lays text out for the letter and word spacing in effect on its element", () => {
    const style = { fontSize: "12px", letterSpacing: "1.44px", wordSpacing: "normal" };
    vi.stubGlobal("getComputedStyle", () => style);
    const { def, spacings } = definition();
    createChart(el, def, RECORDS, vi.fn()).render(at("2016-11-26"), size, { animate: false });
    expect(spacings.at(-1)?.letter).toBeCloseTo(0.12);
    expect(spacings.at(-1)?.word).toBe(0);
    expect(spacings.at(-1)?.face).toBe("shipped");
  });

  it("draws only the last of several states asked for before its task runs", async () => {
    const { def, laidOut } = definition();
    const chart = createChart(el, def, RECORDS, vi.fn());
    for (const date of ["2016-11-26", "2016-11-27", "2016-11-28"]) {
      chart.render(at(date), size, { animate: false });
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(laidOut).toHaveLength(3);
    expect(drawn()).toEqual(["Test chart, 28 November 2016"]);
  });

  it("without animation, replaces the drawing outright", async () => {
    const { def } = definition();
    const chart = createChart(el, def, RECORDS, vi.fn());
    chart.render(at("2016-11-26"), size, { animate: false });
    await vi.advanceTimersByTimeAsync(0);
    const first = drawings()[0];
    chart.render(at("2016-11-28"), size, { animate: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(drawings()).toHaveLength(1);
    expect(drawings()[0]).not.toBe(first);
    expect(drawn()).toEqual(["Test chart, 28 November 2016"]);
  });

  it("animated, moves the marks on screen and then leaves the new drawing", async () => {
    const { def } = definition();
    const chart = createChart(el, def, RECORDS, vi.fn());
    chart.render(at("2016-11-01"), size, { animate: false });
    await vi.advanceTimersByTimeAsync(0);
    const first = drawings()[0];
    const cx = () => Number(el.querySelector("circle")?.getAttribute("cx"));
    const start = cx();
    chart.render(at("2016-11-30"), size, { animate: true });
    await vi.advanceTimersByTimeAsync(300);
    expect(drawings()[0]).toBe(first);
    expect(cx()).toBeGreaterThan(start);
    await vi.advanceTimersByTimeAsync(1000);
    expect(drawings()).toHaveLength(1);
    expect(drawings()[0]).not.toBe(first);
    expect(drawn()).toEqual(["Test chart, 30 November 2016"]);
  });

  it("ends on exactly the last state when asked for a new one mid-animation", async () => {
    const { def } = definition();
    const chart = createChart(el, def, RECORDS, vi.fn());
    chart.render(at("2016-11-01"), size, { animate: false });
    await vi.advanceTimersByTimeAsync(0);
    chart.render(at("2016-11-30"), size, { animate: true });
    await vi.advanceTimersByTimeAsync(100);
    chart.render(at("2016-11-15"), size, { animate: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(drawings()).toHaveLength(1);
    expect(drawn()).toEqual(["Test chart, 15 November 2016"]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(drawn()).toEqual(["Test chart, 15 November 2016"]);
  });

  it("redraws the last state at a new size, and only when the size changed", async () => {
    const { def, laidOut } = definition();
    const chart = createChart(el, def, RECORDS, vi.fn());
    chart.resize(size);
    expect(laidOut).toHaveLength(0);
    chart.render(at("2016-11-28"), size, { animate: false });
    chart.resize({ ...size });
    expect(laidOut).toHaveLength(1);
    chart.resize({ width: 600, height: 300 });
    expect(laidOut.at(-1)).toEqual({ date: "2016-11-28", size: { width: 600, height: 300 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(drawings()[0]?.getAttribute("width")).toBe("600");
  });

  it("tells onError when a drawing fails in its own task, where no caller can catch it", async () => {
    const { def } = definition((state) => state.date === "2016-11-28");
    const onError = vi.fn();
    const chart = createChart(el, def, RECORDS, onError);
    expect(() => chart.render(at("2016-11-28"), size, { animate: false })).not.toThrow();
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: "cannot draw this state" }),
    );
  });

  it("once destroyed, draws nothing more but leaves its drawing until the next chart's", async () => {
    const { def } = definition();
    const chart = createChart(el, def, RECORDS, vi.fn());
    chart.render(at("2016-11-26"), size, { animate: false });
    await vi.advanceTimersByTimeAsync(0);
    chart.render(at("2016-11-28"), size, { animate: false });
    chart.destroy();
    await vi.advanceTimersByTimeAsync(1000);
    expect(drawn()).toEqual(["Test chart, 26 November 2016"]);
    chart.resize({ width: 600, height: 300 });
    await vi.advanceTimersByTimeAsync(0);
    expect(drawings()[0]?.getAttribute("width")).toBe("320");
  });
});
