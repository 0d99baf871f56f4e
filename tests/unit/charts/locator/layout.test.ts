import { describe, expect, it } from "vitest";
import { inside, overlaps } from "../../../../src/charts/labelPlacement.ts";
import { LOCATOR_GEOGRAPHY } from "../../../../src/charts/locator/geography.generated.ts";
import { layoutLocator } from "../../../../src/charts/locator/layout.ts";
import { LOCATOR_STATES } from "../../../../src/charts/locator/states.ts";
import { chartRecords } from "../../../../src/data/chartRecords.ts";
import { OFFENSIVE_END } from "../../../../src/dates.ts";
import { ar } from "../../../../src/locale/ar.ts";
import { shipped } from "../../data/fixtures.ts";
import { records } from "../records.ts";

const SIZES = [
  { width: 320, height: 300 },
  { width: 358, height: 300 },
  { width: 259, height: 270 },
  { width: 690, height: 680 },
  { width: 720, height: 460 },
];
const STATES = Object.keys(LOCATOR_STATES) as (keyof typeof LOCATOR_STATES)[];
const at = (state: string) => ({ state, date: OFFENSIVE_END, highlight: [] });
const EDITIONS = [
  ["en", records],
  ["ar", chartRecords(shipped, undefined, ar)],
] as const;

describe("layoutLocator(records, state, size)", () => {
  for (const [ed, recs] of EDITIONS)
    for (const size of SIZES)
      it.each(STATES)(
        `%s in ${ed} at ${size.width}×${size.height}: every name, none colliding`,
        (state) => {
          const map = layoutLocator(recs, at(state), size);
          const words = recs.edition.locator;
          const texts = map.texts.map((t) => t.text.replace(/\n/g, " "));
          // The neighbours are named in every state, at every size, and nothing else is.
          for (const country of Object.values(words.countries)) expect(texts).toContain(country);
          // Every place the state marks is named; the note and the credit are there.
          for (const { place } of map.places) expect(texts).toContain(words.placeName(place));
          expect(map.texts.some((t) => t.datum.style === "note")).toBe(true);
          expect(map.texts.some((t) => t.datum.style === "credit")).toBe(true);
          const frame = { x0: 0, y0: 0, x1: size.width, y1: size.height };
          for (const t of map.texts) expect(inside(t.box, frame), t.text).toBe(true);
          const clashes = map.texts.flatMap((a, i) =>
            map.texts
              .slice(i + 1)
              .filter((b) => overlaps(a.box, b.box))
              .map((b) => `${a.text}/${b.text}`),
          );
          expect(clashes).toEqual([]);
        },
      );

  it("names Idlib province as an area, with no mark, where the evacuation goes", () => {
    const map = layoutLocator(records, at("evacuation"), { width: 320, height: 300 });
    expect(map.texts.map((t) => t.text)).toContain("Idlib province");
    // Marked: Aleppo alone. No dot stands for Idlib, Foua or Kafriya.
    expect(map.places.map((p) => p.place.id)).toEqual(["aleppo"]);
    expect(map.arrow).toHaveLength(1);
  });

  it("draws the arrow long enough to read at the smallest size", () => {
    const map = layoutLocator(records, at("evacuation"), { width: 259, height: 270 });
    const [arrow] = map.arrow;
    const length = Math.hypot(
      (arrow?.to[0] ?? 0) - (arrow?.from[0] ?? 0),
      (arrow?.to[1] ?? 0) - (arrow?.from[1] ?? 0),
    );
    expect(length).toBeGreaterThan(17.9);
  });

  it("draws the arrow from Aleppo westwards, towards Idlib, not to it", () => {
    const map = layoutLocator(records, at("evacuation"), { width: 690, height: 680 });
    const [arrow] = map.arrow;
    const aleppo = map.scale.apply(LOCATOR_GEOGRAPHY.places.aleppo ?? [0, 0]);
    const idlib = map.scale.apply(LOCATOR_GEOGRAPHY.places.idlib ?? [0, 0]);
    expect(arrow?.from[0]).toBeLessThan(aleppo[0]);
    expect(arrow?.to[0]).toBeGreaterThan(idlib[0]);
  });

  it("names no other country or territory: not Israel, not the Golan", () => {
    for (const [, recs] of EDITIONS) {
      const words = JSON.stringify(recs.edition.locator);
      expect(words).not.toMatch(/Israel|Golan|إسرائيل|الجولان/);
    }
  });

  it("fits Syria whole inside the frame, below the note and above the credit", () => {
    for (const size of SIZES) {
      const map = layoutLocator(records, at("where"), size);
      const { x0, y0, x1, y1 } = LOCATOR_GEOGRAPHY.focus;
      const [a, b] = [map.scale.apply([x0, y0]), map.scale.apply([x1, y1])];
      const note = map.texts.find((t) => t.datum.style === "note");
      const credit = map.texts.find((t) => t.datum.style === "credit");
      expect(a[0]).toBeGreaterThanOrEqual(0);
      expect(b[0]).toBeLessThanOrEqual(size.width);
      expect(a[1]).toBeGreaterThan(note?.box.y1 ?? 0);
      expect(b[1]).toBeLessThan(credit?.box.y0 ?? 0);
    }
  });
});
