import * as Plot from "@observablehq/plot";
import type { Box } from "../labelPlacement.ts";
import type { Size } from "../types.ts";
import { cellRadius, type Point, round } from "./cells.ts";

/** How far a degree of longitude is, relative to one of latitude, at Aleppo (cos 36.2°). */
const LON_SCALE = Math.cos((36.2 * Math.PI) / 180);

export type LonLat = readonly [lon: number, lat: number];

/** Where the fitted districts' centroids may reach, in from each edge of the canvas. */
export interface Frame {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The map's scale: longitude and latitude to the canvas's pixels, and back. Plot.scale has
 * no geographic fit (its projections are d3-geo's, which the build stands in for, and the
 * map is schematic, its east–west distances stretched to fill the frame), so the fit is
 * worked out here and each axis is a linear scale that Plot makes from it: longitude
 * across, latitude up. It is made once per state and size; the layout places the cells,
 * the landmarks, the river, the road and their labels with it, and the spec, which draws
 * in Plot's identity projection, draws those same pixels (nothing is projected twice).
 */
export interface MapScale {
  /** Longitude to x, as Plot made it. */
  x: Plot.Scale;
  /** Latitude to y (north up), as Plot made it. */
  y: Plot.Scale;
  /** A place to its pixel, to a tenth of a pixel. */
  apply: (place: LonLat) => Point;
  /** A pixel to its place. */
  invert: (pixel: Point) => [lon: number, lat: number];
}

/**
 * Fits lon/lat into the canvas less the frame, east–west distances `stretch` times the
 * north–south ones (1: true proportions), centred in it.
 */
export function fitScale(
  points: readonly LonLat[],
  size: Size,
  frame: Frame,
  stretch = 1,
): MapScale {
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const [lon0, lon1] = [Math.min(...lons), Math.max(...lons)];
  const [lat0, lat1] = [Math.min(...lats), Math.max(...lats)];
  const perLon = LON_SCALE * stretch;
  const innerW = size.width - frame.left - frame.right;
  const innerH = size.height - frame.top - frame.bottom;
  const k = Math.min(innerW / ((lon1 - lon0) * perLon || 1), innerH / (lat1 - lat0 || 1));
  const [w, h] = [k * (lon1 - lon0) * perLon, k * (lat1 - lat0)];
  const left = frame.left + (innerW - w) / 2;
  const top = frame.top + (innerH - h) / 2;
  const x = Plot.scale({ x: { domain: [lon0, lon1], range: [left, left + w] } });
  const y = Plot.scale({ y: { domain: [lat0, lat1], range: [top + h, top] } });
  return {
    x,
    y,
    apply: ([lon, lat]) => [round(x.apply(lon)), round(y.apply(lat))],
    invert: ([px, py]) => [x.invert?.(px) as number, y.invert?.(py) as number],
  };
}

/**
 * The most the schematic map may be widened against its height: the districts stand much
 * taller than wide, phone canvases are wider than tall, and positions are approximate.
 */
export const MAX_STRETCH = 1.5;

/**
 * The scale that fits the districts into a box so that their cells, which reach a cell's
 * radius past the centroids, stay inside it; the map sits as near `centreX` as the box
 * allows. With it, the box the cells take (`bounds`) and a cell's radius.
 */
export function fitCells(points: readonly LonLat[], size: Size, box: Box, centreX: number) {
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
  return { scale: fitScale(points, size, frame, stretch), bounds, radius: pad, stretch };
}

const STRETCHES = Array.from({ length: 11 }, (_, i) => 1 + (i * (MAX_STRETCH - 1)) / 10);

/** The districts at one stretch: their scale into the box, and how large a cell then is. */
function fitAt(points: readonly LonLat[], box: Box, stretch: number) {
  // The cells' radius is a fixed share of the map's span whatever its scale.
  const unit = { width: 1000, height: 1000 };
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  const centres = points.map(fitScale(points, unit, none, stretch).apply);
  const r = cellRadius(centres);
  const xs = centres.map(([x]) => x);
  const ys = centres.map(([, y]) => y);
  const spanX = Math.max(...xs) - Math.min(...xs) + 2 * r;
  const spanY = Math.max(...ys) - Math.min(...ys) + 2 * r;
  const k = Math.min((box.x1 - box.x0) / spanX, (box.y1 - box.y0) / spanY);
  return { k, r, spanX, spanY, stretch, cellSize: k * r };
}
