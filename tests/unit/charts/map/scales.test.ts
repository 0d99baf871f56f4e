import { describe, expect, it } from "vitest";
import { layoutMap } from "../../../../src/charts/map/layout.ts";
import { fitCells, fitScale } from "../../../../src/charts/map/scales.ts";
import { mapSpec } from "../../../../src/charts/map/spec.ts";
import { QUEIQ_APPROX } from "../../../../src/charts/map/states.ts";
import { at, records } from "../records.ts";

const PLACES = [
  [37.14, 36.17],
  [37.2, 36.23],
  [37.17, 36.2],
] as const;
const SIZE = { width: 400, height: 300 };
const NO_FRAME = { top: 0, right: 0, bottom: 0, left: 0 };

describe("fitScale(points, size, frame, stretch)", () => {
  const scale = fitScale(PLACES, SIZE, { top: 10, right: 20, bottom: 10, left: 20 });

  it("fills the frame's height with the places, centred across it, north up", () => {
    const ys = PLACES.map((p) => scale.apply(p)[1]);
    expect(Math.min(...ys)).toBeCloseTo(10, 1);
    expect(Math.max(...ys)).toBeCloseTo(290, 1);
    expect(scale.apply([37.17, 36.23])[1]).toBeLessThan(scale.apply([37.17, 36.17])[1]);
    const xs = PLACES.map((p) => scale.apply(p)[0]);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(200, 0);
  });

  it("is Plot's linear scales, one per axis, and inverts what it applies", () => {
    expect(scale.x.type).toBe("linear");
    expect(scale.y.type).toBe("linear");
    const [lon, lat] = scale.invert(scale.apply([37.161, 36.204]));
    expect(lon).toBeCloseTo(37.161, 3);
    expect(lat).toBeCloseTo(36.204, 3);
  });

  it("keeps a degree of longitude cos 36.2° of a degree of latitude, times the stretch", () => {
    for (const stretch of [1, 1.5]) {
      const s = fitScale(PLACES, { width: 2000, height: 2000 }, NO_FRAME, stretch);
      const east = s.x.apply(37.2) - s.x.apply(37.1);
      const north = s.y.apply(36.1) - s.y.apply(36.2);
      expect(east / north).toBeCloseTo(Math.cos((36.2 * Math.PI) / 180) * stretch, 6);
    }
  });
});

describe("fitCells(points, size, box, centreX)", () => {
  it("puts every centroid a cell's radius inside the box it reports", () => {
    const box = { x0: 100, y0: 10, x1: 390, y1: 290 };
    const { scale, bounds, radius } = fitCells(PLACES, SIZE, box, 200);
    for (const p of PLACES) {
      const [x, y] = scale.apply(p);
      expect(x).toBeGreaterThanOrEqual(bounds.x0 + radius - 0.1);
      expect(x).toBeLessThanOrEqual(bounds.x1 - radius + 0.1);
      expect(y).toBeGreaterThanOrEqual(bounds.y0 + radius - 0.1);
      expect(y).toBeLessThanOrEqual(bounds.y1 - radius + 0.1);
    }
    expect(bounds.x0).toBeGreaterThanOrEqual(box.x0);
    expect(bounds.x1).toBeLessThanOrEqual(box.x1 + 1e-9);
  });
});

describe("the map's one scale, for the layout and the spec", () => {
  const state = at("overview", "2016-11-15");
  const size = { width: 366, height: 332 };
  const map = layoutMap(records, state, size);

  it("places the landmarks and the river with the scale it returns", () => {
    expect(map.landmarks.length).toBeGreaterThan(0);
    for (const l of map.landmarks) {
      expect(l.xy).toEqual(map.scale.apply([l.district.lon, l.district.lat]));
      const [lon, lat] = map.scale.invert(l.xy);
      expect(lon).toBeCloseTo(l.district.lon, 3);
      expect(lat).toBeCloseTo(l.district.lat, 3);
    }
    expect(map.river).toEqual(QUEIQ_APPROX.map((p) => map.scale.apply(p)));
  });

  it("draws every text and point in the layout's pixels, on no scale", () => {
    type Built = { ariaLabel?: string; channels: Record<string, { scale?: unknown }> };
    const marks = (mapSpec(records, state, size).marks ?? []) as unknown as Built[];
    const placed = marks.filter((m) => ["text", "dot", "line"].includes(m.ariaLabel ?? ""));
    expect(placed.length).toBeGreaterThan(5);
    for (const m of placed) {
      expect(m.channels.x?.scale ?? null, m.ariaLabel).toBeNull();
      expect(m.channels.y?.scale ?? null, m.ariaLabel).toBeNull();
    }
  });
});
