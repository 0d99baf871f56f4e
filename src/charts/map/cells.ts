import type { District } from "../../data/datasets/districts.ts";
import type { Size } from "../types.ts";

/** A point on the canvas, in pixels. */
export type Point = [x: number, y: number];

/**
 * A schematic cell for each district: its Voronoi cell among the other districts, cut to a
 * circle round its centroid so the outer districts do not spread to the frame's edges.
 */
export function schematicCells(points: readonly Point[], size: Size): Point[][] {
  // The same districts at the same size make the same cells: draw them once per size.
  const key = `${size.width}x${size.height}:${points.join(";")}`;
  const known = cellCache.get(key);
  if (known) return known;
  const cells = computeCells(points);
  cellCache.set(key, cells);
  return cells;
}

const cellCache = new Map<string, Point[][]>();

/**
 * A district's Voronoi cell is the part of the plane nearer its centroid than any other's:
 * the circle, cut by the perpendicular bisector between it and each neighbour close enough
 * to matter. (The same cells d3-delaunay would give, without its 7 kB in the chart code.)
 */
function computeCells(points: readonly Point[]): Point[][] {
  const radius = cellRadius(points);
  const reach2 = (2 * radius) ** 2;
  return points.map((centre, i) => {
    let cell = circle(centre, radius);
    for (let j = 0; j < points.length; j++) {
      const other = points[j] as Point;
      const d2 = (centre[0] - other[0]) ** 2 + (centre[1] - other[1]) ** 2;
      if (j !== i && d2 < reach2) cell = nearerTo(cell, centre, other);
    }
    return cell.map(([x, y]) => [round(x), round(y)] as Point);
  });
}

/**
 * Half the median distance to the nearest other district, and a little more. Plain loops
 * over squared distances: it runs for each of the eleven stretches a map is tried at, and
 * as the first map is drawn the code is still cold (the form that built an array for each
 * district made that drawing a long task on a slow phone).
 */
export function cellRadius(points: readonly Point[]): number {
  const nearest: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as Point;
    let best = Number.POSITIVE_INFINITY;
    for (let j = 0; j < points.length; j++) {
      const q = points[j] as Point;
      const d2 = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
      if (j !== i && d2 < best) best = d2;
    }
    if (best < Number.POSITIVE_INFINITY) nearest.push(Math.sqrt(best));
  }
  nearest.sort((a, b) => a - b);
  return (nearest[Math.floor(nearest.length / 2)] ?? 20) * 1.1;
}

function circle([cx, cy]: Point, r: number, sides = 28): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = (2 * Math.PI * i) / sides;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as Point;
  });
}

/**
 * The western half of a cell, cut on the north–south line through its centre: where a
 * split district's second side is drawn. Schematic: the halves say that both sides held
 * part, not which part or how much.
 */
export function westHalf(polygon: readonly Point[], [x, y]: Point): Point[] {
  return nearerTo(polygon, [x - 1, y], [x + 1, y]).map(([px, py]) => [round(px), round(py)]);
}

/** Sutherland–Hodgman against one line: the part of `polygon` nearer `a` than `b`. */
function nearerTo(polygon: readonly Point[], a: Point, b: Point): Point[] {
  const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const side = (p: Point) => (p[0] - mid[0]) * (b[0] - a[0]) + (p[1] - mid[1]) * (b[1] - a[1]);
  const output: Point[] = [];
  for (let j = 0; j < polygon.length; j++) {
    const current = polygon[j] as Point;
    const previous = polygon[(j + polygon.length - 1) % polygon.length] as Point;
    const s0 = side(previous);
    const s1 = side(current);
    if (s0 <= 0 !== s1 <= 0) {
      const t = s0 / (s0 - s1);
      output.push([
        previous[0] + t * (current[0] - previous[0]),
        previous[1] + t * (current[1] - previous[1]),
      ]);
    }
    if (s1 <= 0) output.push(current);
  }
  return output;
}

/** To a tenth of a pixel, as every point of the map is drawn. */
export const round = (n: number) => Math.round(n * 10) / 10;

/** The districts drawn as cells: everything but the landmarks, which are drawn as symbols. */
export const isCell = (d: District) => d.kind !== "landmark";
