import { Delaunay } from "d3-delaunay";
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

/** Fits lon/lat into the box with equal scales both ways, so the shapes are not stretched. */
export function fitProjection(
  points: readonly [lon: number, lat: number][],
  size: Size,
  frame: Frame,
) {
  const xs = points.map(([lon]) => lon * LON_SCALE);
  const ys = points.map(([, lat]) => lat);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const innerW = size.width - frame.left - frame.right;
  const innerH = size.height - frame.top - frame.bottom;
  const k = Math.min(innerW / (x1 - x0 || 1), innerH / (y1 - y0 || 1));
  const dx = frame.left + (innerW - k * (x1 - x0)) / 2;
  const dy = frame.top + (innerH - k * (y1 - y0)) / 2;
  return ([lon, lat]: readonly [number, number]): Point => [
    round(dx + k * (lon * LON_SCALE - x0)),
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
  // The cells' radius is a fixed share of the map's span whatever its scale: find it once.
  const unit = { width: 1000, height: 1000 };
  const centres = points.map(fitProjection(points, unit, { top: 0, right: 0, bottom: 0, left: 0 }));
  const r = cellRadius(centres, Delaunay.from(centres));
  const xs = centres.map(([x]) => x);
  const ys = centres.map(([, y]) => y);
  const spanX = Math.max(...xs) - Math.min(...xs) + 2 * r;
  const spanY = Math.max(...ys) - Math.min(...ys) + 2 * r;
  const k = Math.min((box.x1 - box.x0) / spanX, (box.y1 - box.y0) / spanY);
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
  return { project: fitProjection(points, size, frame), bounds, radius: pad };
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
  const cells = computeCells(points, size);
  cellCache.set(key, cells);
  return cells;
}

const cellCache = new Map<string, Point[][]>();

function computeCells(points: readonly Point[], size: Size): Point[][] {
  const delaunay = Delaunay.from(points as Point[]);
  const voronoi = delaunay.voronoi([0, 0, size.width, size.height]);
  const radius = cellRadius(points, delaunay);
  return points.map((centre, i) => {
    const cell = (voronoi.cellPolygon(i) ?? []) as Point[];
    return clipConvex(circle(centre, radius), cell).map(([x, y]) => [round(x), round(y)] as Point);
  });
}

function cellRadius(points: readonly Point[], delaunay: Delaunay<Point>): number {
  const nearest = points.map((p, i) => {
    let best = Number.POSITIVE_INFINITY;
    for (const j of delaunay.neighbors(i)) {
      const q = points[j] as Point;
      best = Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1]));
    }
    return best;
  });
  const sorted = nearest.filter(Number.isFinite).sort((a, b) => a - b);
  return (sorted[Math.floor(sorted.length / 2)] ?? 20) * 1.1;
}

function circle([cx, cy]: Point, r: number, sides = 28): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = (2 * Math.PI * i) / sides;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as Point;
  });
}

/** Sutherland–Hodgman: the part of `subject` inside the convex polygon `clip`. */
function clipConvex(subject: Point[], clip: Point[]): Point[] {
  let output = subject;
  const ring = clip.length > 1 && samePoint(clip[0], clip.at(-1)) ? clip.slice(0, -1) : clip;
  const orientation = Math.sign(signedArea(ring));
  for (let i = 0; i < ring.length && output.length > 0; i++) {
    const a = ring[i] as Point;
    const b = ring[(i + 1) % ring.length] as Point;
    const inside = (p: Point) => orientation * cross(a, b, p) >= 0;
    const input = output;
    output = [];
    input.forEach((current, j) => {
      const previous = input[(j + input.length - 1) % input.length] as Point;
      if (inside(current)) {
        if (!inside(previous)) output.push(intersect(previous, current, a, b));
        output.push(current);
      } else if (inside(previous)) {
        output.push(intersect(previous, current, a, b));
      }
    });
  }
  return output;
}

const cross = (a: Point, b: Point, p: Point) =>
  (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
const signedArea = (ring: Point[]) =>
  ring.reduce((s, p, i) => {
    const q = ring[(i + 1) % ring.length] as Point;
    return s + p[0] * q[1] - q[0] * p[1];
  }, 0);
const samePoint = (a: Point | undefined, b: Point | undefined) =>
  !!a && !!b && a[0] === b[0] && a[1] === b[1];

function intersect(p: Point, q: Point, a: Point, b: Point): Point {
  const d = (p[0] - q[0]) * (a[1] - b[1]) - (p[1] - q[1]) * (a[0] - b[0]);
  const t = ((p[0] - a[0]) * (a[1] - b[1]) - (p[1] - a[1]) * (a[0] - b[0])) / d;
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The districts drawn as cells: everything but the landmarks, which are drawn as symbols. */
export const isCell = (d: District) => d.kind !== "landmark";
