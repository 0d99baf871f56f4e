import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import * as standIn from "../../../src/vendor/d3GeoStandIn.ts";

const PLANAR = ["geoClipRectangle", "geoPath", "geoStream", "geoTransform"];
const { document } = parseHTML("<!doctype html><html><body></body></html>");

// Its list of exports is checked against d3-geo's and Plot's imports in exportLists.test.ts.
describe("d3GeoStandIn, the build's d3-geo", () => {
  it("throws for each function but the planar four, naming the function", () => {
    const stood = Object.entries(standIn).filter(([name]) => !PLANAR.includes(name));
    expect(stood.length).toBeGreaterThan(0);
    for (const [name, fn] of stood) {
      expect(() => (fn as () => unknown)(), name).toThrow(
        new RegExp(`^Plot asked for d3-geo's ${name}: charts here draw no maps with projections`),
      );
    }
  });

  it("passes on d3-geo's planar parts: GeoJSON streamed through a point transform", () => {
    const double = standIn.geoTransform({
      point(this: { stream: { point(x: number, y: number): void } }, x: number, y: number) {
        this.stream.point(2 * x, 2 * y);
      },
    });
    const line = {
      type: "LineString",
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    };
    expect(standIn.geoPath(double)(line)).toBe("M2,4L6,8");
    const points: number[][] = [];
    standIn.geoStream(line, {
      point: (x, y) => points.push([x, y]),
      lineStart() {},
      lineEnd() {},
      polygonStart() {},
      polygonEnd() {},
    });
    expect(points).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("passes on d3-geo's planar parts: a shape clipped to the frame", () => {
    const frame = { stream: standIn.geoClipRectangle(0, 0, 100, 100) };
    const square = {
      type: "Polygon",
      coordinates: [
        [
          [-20, 10],
          [40, 10],
          [40, 50],
          [-20, 50],
          [-20, 10],
        ],
      ],
    };
    const path = standIn.geoPath(frame);
    expect(path.bounds(square)).toEqual([
      [0, 10],
      [40, 50],
    ]);
    expect(path.area(square)).toBe(40 * 40);
  });

  it("is what Plot draws with in these tests, as in the build (vite.config.ts)", () => {
    const draw = (options: Plot.PlotOptions) =>
      Plot.plot({ width: 100, height: 100, ...options, document: document as unknown as Document });
    expect(() => draw({ projection: "mercator" })).toThrow(/d3-geo's geoMercator/);
    expect(() => Plot.graticule()).toThrow(/d3-geo's geoGraticule10/);
    // The district map's way: screen coordinates, a GeoJSON mark and a line, clipped.
    const map = draw({
      projection: "identity",
      marks: [
        Plot.geo({
          type: "Polygon",
          coordinates: [
            [
              [10, 10],
              [90, 10],
              [90, 50],
              [10, 10],
            ],
          ],
        }),
        Plot.line([
          [-10, 60],
          [50, 60],
        ]),
      ],
    });
    const paths = [...(map as unknown as Element).querySelectorAll("path")];
    // Plot's half-pixel offset for crisp lines; the line cut where it leaves the frame.
    expect(paths.map((p) => p.getAttribute("d"))).toEqual([
      "M10.5,10.5L90.5,10.5L90.5,50.5Z",
      "M0.5,60.5L50.5,60.5",
    ]);
  });
});
