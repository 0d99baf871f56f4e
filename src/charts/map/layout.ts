import type { District } from "../../data/datasets/districts.ts";
import type { Box } from "../labelPlacement.ts";
import type { Size } from "../types.ts";

/** How far a degree of longitude is, relative to one of latitude, at Aleppo (cos 36.2°). */
const LON_SCALE = Math.cos((36.2 * Math.PI) / 180);

export interface Frame {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type Point = [x: number, y: number];

/**
 * The most the schematic map may be widened against its height: the districts stand much
 * taller than wide, phone canvases are wider than tall, and positions are approximate.
 */
export const MAX_STRETCH = 1.5;

/**
 * Fits lon/lat into the box, east–west distances `stretch` times the north–south ones
 * (1: true proportions).
 */
export function fitProjection(
  points: readonly [lon: number, lat: number][],
  size: Size,
  frame: Frame,
  stretch = 1,
) {
  const xs = points.map(([lon]) => lon * LON_SCALE * stretch);
  const ys = points.map(([, lat]) => lat);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const innerW = size.width - frame.left - frame.right;
  const innerH = size.height - frame.top - frame.bottom;
  const k = Math.min(innerW / (x1 - x0 || 1), innerH / (y1 - y0 || 1));
  const dx = frame.left + (innerW - k * (x1 - x0)) / 2;
  const dy = frame.top + (innerH - k * (y1 - y0)) / 2;
  return ([lon, lat]: readonly [number, number]): Point => [
    round(dx + k * (lon * LON_SCALE * stretch - x0)),
    round(dy + k * (y1 - lat)),
  ];
}

/**
 * Fits the districts into a box so that their cells, which reach a cell's radius past the
 * centroids, stay inside it; the map sits as near `centreX` as the box allows.
 */
export function fitCells(
  points: readonly [lon: number, lat: number][],
  size: Size,
  box: Box,
  centreX: number,
) {
  // A box wider than the districts' true proportions widens the map, up to MAX_STRETCH,
  // as far as that makes the cells larger.
  const fits = STRETCHES.map((stretch) => fitAt(points, box, stretch));
  const best = fits.reduce((a, b) => (b.cellSize > a.cellSize + 0.5 ? b : a));
  const { k, r, spanX, spanY, stretch } = best;
  const [w, h] = [k * spanX, k * spanY];
  const x0 = Math.min(Math.max(centreX - w / 2, box.x0), box.x1 - w);
  const y0 = box.y0 + (box.y1 - box.y0 - h) / 2;
  const pad = k * r;
  const bounds = { x0, y0, x1: x0 + w, y1: y0 + h };
  const frame = {
    top: y0 + pad,
    right: size.width - bounds.x1 + pad,
    bottom: size.height - bounds.y1 + pad,
    left: x0 + pad,
  };
  return { project: fitProjection(points, size, frame, stretch), bounds, radius: pad, stretch };
}

const STRETCHES = Array.from({ length: 11 }, (_, i) => 1 + (i * (MAX_STRETCH - 1)) / 10);

/** The districts at one stretch: their scale into the box, and how large a cell then is. */
function fitAt(points: readonly [lon: number, lat: number][], box: Box, stretch: number) {
  // The cells' radius is a fixed share of the map's span whatever its scale.
  const unit = { width: 1000, height: 1000 };
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  const centres = points.map(fitProjection(points, unit, none, stretch));
  const r = cellRadius(centres);
  const xs = centres.map(([x]) => x);
  const ys = centres.map(([, y]) => y);
  const spanX = Math.max(...xs) - Math.min(...xs) + 2 * r;
  const spanY = Math.max(...ys) - Math.min(...ys) + 2 * r;
  const k = Math.min((box.x1 - box.x0) / spanX, (box.y1 - box.y0) / spanY);
  return { k, r, spanX, spanY, stretch, cellSize: k * r };
}

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
function cellRadius(points: readonly Point[]): number {
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

const round = (n: number) => Math.round(n * 10) / 10;

/** The districts drawn as cells: everything but the landmarks, which are drawn as symbols. */
export const isCell = (d: District) => d.kind !== "landmark";
