import type { GeoProjection, GeoStream } from "d3-geo";
import { geoStream } from "d3-geo";
import type { GeoJsonObject } from "geojson";

export type Point = [number, number];

/** Coordinates in the reference frame, to a tenth of a pixel. */
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Keeps a point only where it is at least `minStep` from the last one kept: at the map's
 * largest (a 1440 px picture), a tenth of the reference frame's pixel is not seen.
 */
function thin(points: readonly Point[], minStep: number): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= minStep) out.push(p);
  }
  return out;
}

/**
 * The lines of a GeoJSON object as the projection draws them (clipped to its extent), in
 * its pixels: each run of points between a line's start and its end, polygons' rings
 * included, closed where `close` says.
 */
function collect(object: GeoJsonObject, projection: GeoProjection, minStep: number) {
  const polygons: Point[][][] = [];
  const lines: Point[][] = [];
  let polygon: Point[][] | undefined;
  let line: Point[] = [];
  const sink: GeoStream = {
    point: (x, y) => {
      line.push([round(x), round(y)]);
    },
    lineStart: () => {
      line = [];
    },
    lineEnd: () => {
      const kept = thin(line, minStep);
      if (polygon) {
        const first = kept[0];
        if (kept.length >= 3 && first) polygon.push([...kept, first]);
      } else if (kept.length >= 2) lines.push(kept);
    },
    polygonStart: () => {
      polygon = [];
    },
    polygonEnd: () => {
      if (polygon?.length) polygons.push(polygon);
      polygon = undefined;
    },
    sphere: () => {},
  };
  geoStream(object, projection.stream(sink));
  return { polygons, lines };
}

/** A GeoJSON object's polygons, projected and clipped: [polygon][ring][point]. */
export const projectedPolygons = (o: GeoJsonObject, p: GeoProjection, minStep = 0.8) =>
  collect(o, p, minStep).polygons;

/** A GeoJSON object's lines, projected and clipped: [line][point]. */
export const projectedLines = (o: GeoJsonObject, p: GeoProjection, minStep = 0.8) =>
  collect(o, p, minStep).lines;
