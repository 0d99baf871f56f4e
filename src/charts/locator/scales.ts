import type { Box } from "../labelPlacement.ts";
import { LOCATOR_GEOGRAPHY } from "./geography.generated.ts";
import type { GeoPoint } from "./geography.ts";

export type Point = [x: number, y: number];

/**
 * Room kept round Syria, as shares of its width: a little more to the west, where the
 * names of Lebanon and the coast's places go.
 */
const ROOM = { left: 0.07, right: 0.02, top: 0.02, bottom: 0.03 };

/** The reference frame to a drawing's pixels: one scale and one shift, never a projection. */
export interface LocatorScale {
  /** Pixels per pixel of the reference frame. */
  k: number;
  apply(point: GeoPoint): Point;
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Syria, with a little room round it, as large as the box allows and centred in it. The
 * projection was made at build (scripts/geography/): here the drawing only scales it, so
 * the browser loads no map projection.
 */
export function fitLocator(box: Box): LocatorScale {
  const { x0, y0, x1, y1 } = LOCATOR_GEOGRAPHY.focus;
  const w = x1 - x0;
  const [fx0, fy0] = [x0 - ROOM.left * w, y0 - ROOM.top * w];
  const [fw, fh] = [w * (1 + ROOM.left + ROOM.right), y1 - y0 + w * (ROOM.top + ROOM.bottom)];
  const [bw, bh] = [box.x1 - box.x0, box.y1 - box.y0];
  const k = Math.min(bw / fw, bh / fh);
  const ox = box.x0 + (bw - k * fw) / 2 - k * fx0;
  const oy = box.y0 + (bh - k * fh) / 2 - k * fy0;
  return { k, apply: ([x, y]) => [tenth(ox + k * x), tenth(oy + k * y)] };
}
