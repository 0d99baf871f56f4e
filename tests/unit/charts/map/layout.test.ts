import { describe, expect, it } from "vitest";
import { LINE_HEIGHT } from "../../../../src/charts/chartStyle.ts";
import { type Box, overlaps, segmentBoxes } from "../../../../src/charts/labelPlacement.ts";
import { layoutMap } from "../../../../src/charts/map/layout.ts";
import { mapSpec } from "../../../../src/charts/map/spec.ts";
import { shippedStory } from "../../content/shippedStory.ts";
import { at, records } from "../records.ts";

const beats = shippedStory.beats.filter((b) => b.graphic === "map");
const states = beats.map(
  (b) => [b.id, { state: b.state, date: b.date, highlight: b.highlight }] as const,
);

/**
 * Phone canvases (the smallest a chart is drawn at; 320×568, 390×664 and 390×844 as laid out
 * today), desktop, the static pictures.
 */
const PHONES = [
  { width: 296, height: 200 },
  { width: 366, height: 246 },
  { width: 366, height: 332 },
];
/** Desktop beside the text, and the pictures' chart: wide frames. */
const WIDE = [
  { width: 689, height: 636 },
  { width: 640, height: 460 },
];
const SIZES = [
  { width: 296, height: 155 },
  ...PHONES,
  { width: 280, height: 200 },
  { width: 366, height: 293 },
  { width: 360, height: 340 },
  ...WIDE,
];

const within = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;
const name = (size: { width: number; height: number }) => `${size.width}×${size.height}`;

describe("layoutMap(records, state, size)", () => {
  it("has map beats to check", () => {
    expect(states.length).toBeGreaterThan(5);
  });

  describe.each(SIZES.map((s) => [name(s), s] as const))("at %s", (_, size) => {
    it.each(states)("%s: no text overlaps other text or leaves the canvas", (_, state) => {
      const { texts } = layoutMap(records, state, size);
      const canvas = { x0: 0, y0: 0, x1: size.width, y1: size.height };
      for (const [i, a] of texts.entries()) {
        expect(within(a.box, canvas), `"${a.text}" leaves the canvas`).toBe(true);
        for (const b of texts.slice(i + 1)) {
          expect(overlaps(a.box, b.box), `"${a.text}" overlaps "${b.text}"`).toBe(false);
        }
      }
    });

    it.each(states)("%s: the road's and the river's names keep off their lines", (_, state) => {
      const { texts, road, river } = layoutMap(records, state, size);
      for (const [label, line] of [
        ["Airport road", road],
        ["Queiq", river],
      ] as const) {
        const text = texts.find((t) => t.text.startsWith(label));
        if (!text) continue;
        for (const box of segmentBoxes(line, 0.5)) {
          expect(overlaps(text.box, box), `"${text.text}" crosses its line`).toBe(false);
        }
      }
    });

    it.each(states)(
      "%s: the date, the note and the legend are always there, off the cells",
      (_, state) => {
        const { texts, features } = layoutMap(records, state, size);
        const styles = texts.map((t) => t.datum.style);
        expect(styles.filter((s) => s === "date")).toHaveLength(1);
        expect(texts.find((t) => t.datum.style === "note")?.text.replace(/\n/g, " ")).toBe(
          "Schematic: district positions approximate",
        );
        expect(styles.filter((s) => s === "legend")).toHaveLength(5);
        const corners = features.flatMap((f) => f.geometry.coordinates[0] ?? []);
        for (const t of texts.filter((t) => ["date", "note", "legend"].includes(t.datum.style))) {
          const inside = corners.some(
            ([x, y]) => x > t.box.x0 && x < t.box.x1 && y > t.box.y0 && y < t.box.y1,
          );
          expect(inside, `"${t.text}" lies over a cell`).toBe(false);
        }
      },
    );
  });

  it.each(SIZES.map((s) => [name(s), s] as const))(
    "shows the pocket's reported size at %s",
    (_, size) => {
      const { texts } = layoutMap(records, at("pocket", "2016-12-13"), size);
      const pocket = texts.find((t) => t.datum.style === "pocket");
      expect(pocket?.text.replace(/\n/g, " ")).toBe(
        "Rebel pocket, reported: approximately 3.5 km² (13 Dec)",
      );
    },
  );

  it("labels a lone focused district on a phone, and drops a landmark before it", () => {
    const size = { width: 296, height: 155 };
    for (const [, state] of states) {
      const { texts, view } = layoutMap(records, state, size);
      const focused = view.views.filter((v) => v.focused && v.district.kind !== "landmark");
      const labels = texts.filter((t) => t.datum.style === "name").map((t) => t.text);
      if (focused.length <= 2) {
        for (const v of focused.filter((v) => v.district.in_east)) {
          expect(labels, state.date).toContain(v.district.name);
        }
      }
    }
    // Crowd the northeast: its focused names are placed before the river's and the road's.
    const crowded = layoutMap(
      records,
      at("front", "2016-11-27", ["jandoul", "ayn-al-tal", "hallak-fuqani", "baibdeen"]),
      size,
    );
    const order = crowded.texts.map((t) => t.datum.style);
    const lastName = order.lastIndexOf("name");
    const firstLandmark = order.findIndex((s) => s === "river" || s === "orientation");
    expect(firstLandmark === -1 || lastName < firstLandmark).toBe(true);
  });

  // The districts are taller than wide (about 0.63:1) and a phone's canvas is wider than
  // tall: the schematic map is widened (at most 1.5 times) to use the width beside the key.
  it.each(PHONES.map((s) => [name(s), s] as const))(
    "at %s the cells take the canvas's whole height and most of its width, clear of the key",
    (_, size) => {
      const { features, texts } = layoutMap(records, at("overview", "2016-11-15"), size);
      const corners = features.flatMap((f) => f.geometry.coordinates[0] ?? []);
      const ys = corners.map(([, y]) => y);
      expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(size.height * 0.95);
      const key = texts.filter((t) => ["date", "note", "legend"].includes(t.datum.style));
      const keyRight = Math.max(...key.map((t) => t.box.x1));
      const xs = corners.map(([x]) => x);
      expect(Math.min(...xs)).toBeGreaterThan(keyRight);
      expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan((size.width - keyRight) * 0.7);
    },
  );

  it("never widens the map more than 1.5 times its true proportions", () => {
    const { features } = layoutMap(records, at("overview", "2016-11-15"), {
      width: 1000,
      height: 200,
    });
    const corners = features.flatMap((f) => f.geometry.coordinates[0] ?? []);
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    const ratio = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    // True proportions are about 0.63 wide to 1 tall.
    expect(ratio).toBeLessThan(0.63 * 1.5 * 1.1);
    expect(ratio).toBeGreaterThan(0.63 * 1.5 * 0.85);
  });

  // A block's box is its lines at the font's line height.
  const sizeOf = (t: { box: Box; text: string }) =>
    Math.round(((t.box.y1 - t.box.y0) / (t.text.split("\n").length * LINE_HEIGHT)) * 100) / 100;

  it.each(PHONES.map((s) => [name(s), s] as const))(
    "at %s every label is at least 12 px",
    (_, size) => {
      for (const [, state] of states) {
        for (const t of layoutMap(records, state, size).texts) {
          expect(sizeOf(t), t.text).toBeGreaterThanOrEqual(12);
        }
      }
    },
  );

  it.each(WIDE.map((s) => [name(s), s] as const))(
    "at %s every label is at least 14 px: date, note, legend, names, pocket, river and road",
    (_, size) => {
      const seen = new Set<string>();
      for (const [, state] of [...states, ["pocket", at("pocket", "2016-12-13")] as const]) {
        const { texts, fontSize } = layoutMap(records, state, size);
        expect(fontSize).toBe(14);
        for (const t of texts) expect(sizeOf(t), t.text).toBeGreaterThanOrEqual(14);
        for (const t of texts) seen.add(t.datum.style);
      }
      expect([...seen].sort()).toEqual(
        ["date", "legend", "name", "note", "orientation", "pocket", "river"].sort(),
      );
    },
  );

  it("makes the cells larger than the old frame did at 296×155", () => {
    const { features } = layoutMap(records, at("overview", "2016-11-15"), {
      width: 296,
      height: 155,
    });
    const ys = features.flatMap((f) => (f.geometry.coordinates[0] ?? []).map(([, y]) => y));
    // The old frame left the cells about 70 px of height.
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(140);
  });
});

describe("mapSpec(records, state, size)", () => {
  it("draws the same marks, in the same order, in every state, so beats morph", () => {
    const kinds = (state: (typeof states)[number][1]) =>
      (mapSpec(records, state, { width: 366, height: 293 }).marks ?? []).map(
        (m) => (m as { constructor: { name: string } }).constructor.name,
      );
    const first = kinds(states[0]?.[1] ?? at("overview", "2016-11-15"));
    for (const [, state] of states) expect(kinds(state)).toEqual(first);
    expect(kinds(at("pocket", "2016-12-14"))).toEqual(first);
  });
});
