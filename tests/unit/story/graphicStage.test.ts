import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClientBeat } from "../../../src/story/clientStory.ts";

/** The live chart code, standing in for itself: each test says how it behaves. */
const live = vi.hoisted(() => ({
  mountFails: false,
  warmUpFails: false,
  showFails: (_beat: { id: string }): boolean => false,
  shown: [] as { id: string; animate: boolean }[],
  onError: (_error: unknown): void => undefined,
}));
vi.mock("../../../src/charts/plotRuntime.ts", () => ({}));
vi.mock("../../../src/charts/live.ts", () => ({
  mountLiveGraphic(_canvas: HTMLElement, onError: (error: unknown) => void) {
    if (live.mountFails) throw new Error("Plot failed to load");
    live.onError = onError;
    return {
      async warmUp() {
        if (live.warmUpFails) throw new Error("a chart failed its first drawing");
      },
      show(beat: ClientBeat, _size: unknown, animate: boolean) {
        if (live.showFails(beat)) throw new Error(`cannot draw ${beat.id}`);
        live.shown.push({ id: beat.id, animate });
      },
      resize() {},
    };
  },
}));

const { createStage } = await import("../../../src/story/graphicStage.ts");

const beat = (id: string, graphic = "map"): ClientBeat => ({
  id,
  graphic,
  state: "front",
  date: "2016-11-28",
  highlight: [],
  name: `${id} picture`,
  description: `What ${id} shows.`,
  title: `${graphic} title`,
  announce: { sameGraphic: "", newGraphic: "" },
  pictures: [`pictures/${id}-wide.svg`, `pictures/${id}-narrow.svg`],
});
const beats = [beat("first"), beat("second"), beat("third", "control")];

function stage() {
  const { document } = parseHTML(
    `<figure data-sticky><p id="graphic-title">map title</p><div data-graphic-canvas><picture><source media="(min-width: 608px)" srcset="pictures/first-wide.svg"><img src="pictures/first-narrow.svg" alt="first picture"></picture></div><figcaption id="graphic-description"></figcaption><a data-table-link href="#table-map">Show the data</a></figure>`,
  );
  const container = document.querySelector("[data-sticky]") as unknown as HTMLElement;
  const canvas = container.querySelector("[data-graphic-canvas]") as HTMLElement;
  const picture = () => ({
    img: canvas.querySelector("img")?.getAttribute("src"),
    alt: canvas.querySelector("img")?.getAttribute("alt"),
    wide: canvas.querySelector("source")?.getAttribute("srcset"),
  });
  return { container, canvas, picture, ...createStage(container, beats) };
}

beforeEach(() => {
  Object.assign(live, {
    mountFails: false,
    warmUpFails: false,
    showFails: () => false,
    shown: [],
  });
  vi.stubGlobal("window", { matchMedia: () => ({ matches: true }) });
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createStage(container, beats)", () => {
  it("shows each beat's prerendered pictures, title and caption before the charts load", () => {
    const { show, picture, container } = stage();
    show(beats[2] as ClientBeat);
    expect(picture()).toEqual({
      img: "pictures/third-narrow.svg",
      alt: "third picture",
      wide: "pictures/third-wide.svg",
    });
    expect(container.querySelector("#graphic-title")?.textContent).toBe("control title");
    expect(container.querySelector("#graphic-description")?.textContent).toBe("What third shows.");
    expect(container.querySelector("[data-table-link]")?.getAttribute("href")).toBe(
      "#table-control",
    );
  });

  it("leaves a picture already in place alone, so the browser does not load and paint it again", () => {
    const { show, canvas } = stage();
    const img = canvas.querySelector("img") as Element;
    const source = canvas.querySelector("source") as Element;
    const imgSet = vi.spyOn(img, "setAttribute");
    const sourceSet = vi.spyOn(source, "setAttribute");
    show(beats[0] as ClientBeat);
    expect(imgSet.mock.calls.filter(([name]) => name === "src")).toEqual([]);
    expect(sourceSet.mock.calls.filter(([name]) => name === "srcset")).toEqual([]);
    show(beats[1] as ClientBeat);
    expect(imgSet).toHaveBeenCalledWith("src", "pictures/second-narrow.svg");
    expect(sourceSet).toHaveBeenCalledWith("srcset", "pictures/second-wide.svg");
  });

  it("hands the active beat to the live chart once it has loaded, without animation", async () => {
    const { show, loadCharts, container } = stage();
    show(beats[1] as ClientBeat);
    await loadCharts();
    expect(container.dataset.graphicLive).toBe("true");
    expect(live.shown).toEqual([{ id: "second", animate: false }]);
    show(beats[2] as ClientBeat);
    expect(live.shown.at(-1)?.id).toBe("third");
  });

  it("keeps the pictures when the chart code fails to load", async () => {
    live.mountFails = true;
    const { show, loadCharts, container, picture } = stage();
    show(beats[1] as ClientBeat);
    await loadCharts();
    expect(container.dataset.graphicError).toBe("load");
    expect(container.dataset.graphicLive).toBeUndefined();
    show(beats[2] as ClientBeat);
    expect(picture().img).toBe("pictures/third-narrow.svg");
  });

  it("keeps the pictures when a chart fails its first drawing", async () => {
    live.warmUpFails = true;
    const { show, loadCharts, container, picture } = stage();
    show(beats[0] as ClientBeat);
    await loadCharts();
    expect(container.dataset.graphicError).toBe("load");
    show(beats[1] as ClientBeat);
    expect(picture().img).toBe("pictures/second-narrow.svg");
    expect(live.shown).toEqual([]);
  });

  it("falls back to the beat's picture, for good, when a chart throws while drawing", async () => {
    live.showFails = (b) => b.id === "second";
    const { show, loadCharts, container, canvas, picture } = stage();
    show(beats[0] as ClientBeat);
    await loadCharts();
    canvas.innerHTML = "<svg class='live-chart'></svg>";
    show(beats[1] as ClientBeat);
    expect(container.dataset.graphicError).toBe("second");
    expect(canvas.querySelector("svg")).toBeNull();
    expect(picture()).toEqual({
      img: "pictures/second-narrow.svg",
      alt: "second picture",
      wide: "pictures/second-wide.svg",
    });
    // The picture's sources are the prerendered page's, so the viewport still chooses.
    expect(canvas.querySelector("source")?.getAttribute("media")).toBe("(min-width: 608px)");
    show(beats[2] as ClientBeat);
    expect(live.shown.map((s) => s.id)).toEqual(["first"]);
    expect(picture().img).toBe("pictures/third-narrow.svg");
  });

  it("falls back when a drawing fails later, in a task of its own", async () => {
    const { show, loadCharts, container, picture } = stage();
    show(beats[0] as ClientBeat);
    await loadCharts();
    show(beats[1] as ClientBeat);
    live.onError(new Error("Plot threw in its own task"));
    expect(container.dataset.graphicError).toBe("second");
    expect(picture().img).toBe("pictures/second-narrow.svg");
    show(beats[2] as ClientBeat);
    expect(live.shown.map((s) => s.id)).toEqual(["first", "second"]);
  });
});
