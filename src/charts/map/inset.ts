import type { Edition } from "../../locale/types.ts";
import { LINE_HEIGHT } from "../chartStyle.ts";
import { type Box, type PlacedText, placeText } from "../labelPlacement.ts";
import { LOCATOR_GEOGRAPHY } from "../locator/geography.generated.ts";
import { fitLocator } from "../locator/scales.ts";
import type { Measure } from "../measure.ts";
import type { Point } from "./cells.ts";
import { item, type MapText } from "./labels.ts";

/** The least room the inset is drawn in: a smaller Syria would not read. */
const LEAST = 80;

/**
 * A small locator in the column's free space, between its note and its legend: Syria's
 * outline, from the locator map's geography (Natural Earth, projected at build), a dot at
 * Aleppo, and a line naming it ("East Aleppo in Syria"), tying the schematic map to the
 * real one. Left out where the column has no room for it, or for its line.
 */
export function insetIn(
  column: readonly PlacedText<MapText>[],
  width: number,
  label: string,
  m: Measure,
) {
  const note = column.find((t) => t.datum.style === "note");
  const legend = column.filter((t) => t.datum.style === "legend");
  const x0 = Math.min(...column.map((t) => t.box.x0));
  const top = (note?.box.y1 ?? 0) + 8;
  const bottom = Math.min(...legend.map((t) => t.box.y0)) - 8 - m.size * LINE_HEIGHT;
  if (!note || !legend.length || bottom - top < LEAST || width < LEAST) return undefined;
  const box: Box = { x0, y0: top, x1: x0 + Math.min(width, 90), y1: bottom };
  const scale = fitLocator(box);
  const syria = LOCATOR_GEOGRAPHY.syria.map((polygon) => polygon.map((r) => r.map(scale.apply)));
  const aleppo: Point = scale.apply(LOCATOR_GEOGRAPHY.places.aleppo ?? [0, 0]);
  const ys = syria.flat(2).map(([, y]) => y);
  const under = Math.max(...ys) + 3;
  const frame = { x0, y0: under, x1: x0 + width, y1: under + m.size * LINE_HEIGHT * 2 + 2 };
  const text = placeText(
    [item([[label]], [{ x: x0 + 1, y: under, anchor: "start", edge: "top" }], "note", m)],
    frame,
    [],
  );
  // An outline no line names would be a puzzle: no room for the line, no inset.
  if (text.length === 0) return undefined;
  const xs = syria.flat(2).map(([x]) => x);
  const outline = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: under };
  return {
    syria: { type: "MultiPolygon" as const, coordinates: syria },
    aleppo,
    texts: text,
    /**
     * What other labels keep clear of: its line, not its outline, which a label's halo may
     * cross (the river's name, set west of the river, needs the column's edge).
     */
    boxes: text.map((t) => t.box),
    outline,
  };
}

/**
 * The column with the inset in it, where it has room: its text among the column's, its
 * outline among what the map's labels keep clear of.
 */
export function withInset<C extends { texts: PlacedText<MapText>[]; boxes: Box[] }>(
  column: C,
  width: number,
  edition: Edition,
  m: Measure,
) {
  const inset = insetIn(column.texts, width, edition.map.legend.inset, m);
  return {
    ...column,
    texts: [...column.texts, ...(inset?.texts ?? [])],
    boxes: [...column.boxes, ...(inset?.boxes ?? [])],
    inset,
  };
}
