import { describe, expect, it } from "vitest";
import { type Point, schematicCells } from "../../../../src/charts/map/cells.ts";

const distance = (p: Point, q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1]);

describe("schematicCells(points, size)", () => {
  const points: Point[] = [
    [100, 100],
    [130, 100],
    [115, 126],
    [160, 130],
    [40, 40],
  ];
  const cells = schematicCells(points, { width: 300, height: 200 });

  it("gives each point a cell round it", () => {
    expect(cells).toHaveLength(points.length);
    for (const [i, cell] of cells.entries()) {
      const centre = points[i] as Point;
      const xs = cell.map(([x]) => x);
      const ys = cell.map(([, y]) => y);
      expect(Math.min(...xs)).toBeLessThan(centre[0]);
      expect(Math.max(...xs)).toBeGreaterThan(centre[0]);
      expect(Math.min(...ys)).toBeLessThan(centre[1]);
      expect(Math.max(...ys)).toBeGreaterThan(centre[1]);
    }
  });

  it("keeps every corner of a cell nearer its own point than any other (Voronoi)", () => {
    for (const [i, cell] of cells.entries()) {
      for (const corner of cell) {
        const own = distance(corner, points[i] as Point);
        for (const other of points.filter((_, j) => j !== i)) {
          expect(own).toBeLessThanOrEqual(distance(corner, other) + 0.2);
        }
      }
    }
  });

  it("cuts a lone point's cell to a circle, not to the frame", () => {
    const lone = cells[4] as Point[];
    const radii = lone.map((corner) => distance(corner, [40, 40]));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(0.2);
    expect(Math.max(...radii)).toBeLessThan(40);
  });
});
