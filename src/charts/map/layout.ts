import { chartDate } from "../../dates.ts";
import { isNarrow, labelFontSize } from "../chartStyle.ts";
import { claimText } from "../format.ts";
import { type Box, placeText } from "../labelPlacement.ts";
import { type Measure, measure } from "../measure.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { isCell, type Point, schematicCells, westHalf } from "./cells.ts";
import { withInset } from "./inset.ts";
import {
  around,
  item,
  type MapText,
  nameItem,
  pocketItem,
  riverItem,
  roadItem,
  titleFontSize,
  westItem,
} from "./labels.ts";
import { legendColumn, SWATCH_R } from "./legend.ts";
import { fitCells } from "./scales.ts";
import { AIRPORT_ROAD_APPROX, LANDMARK_LABELS, QUEIQ_APPROX } from "./states.ts";
import { type DistrictView, mapView } from "./view.ts";

/** The last pocket's reported size, as a label kept off the cells, where the state shows it. */
function pocketLabel(
  view: ReturnType<typeof mapView>,
  edition: ChartRecords["edition"],
  m: Measure,
  at: { frame: Box; bounds: Box; cellBoxes: Box[] },
) {
  const p = view.pocket;
  if (!p) return [];
  const said = edition.map.labels.pocket(
    claimText(p, edition.common.areaUnit, edition),
    chartDate(p.date, edition),
  );
  return [pocketItem(said, at.frame, at.bounds, at.cellBoxes, m)];
}

/** The column on the reading side: the cells take the rest (the map stays geographic). */
const besideColumn = (frame: Box, width: number, dir: "ltr" | "rtl"): Box =>
  dir === "rtl" ? { ...frame, x1: frame.x1 - width - 6 } : { ...frame, x0: frame.x0 + width + 6 };

/**
 * Where everything on the schematic map goes at one size: a narrow column on the left for
 * the date, the note and the legend (legend.ts); the cells as large as the rest of the
 * canvas allows, on the map's scale (scales.ts), which turns every place into its pixel
 * once; then every label placed in one pass, most important first, so that none collides
 * with another or leaves the canvas (the ones with no room are left out). All in pixels,
 * for spec.ts to draw as they are.
 */
export function layoutMap(records: ChartRecords, state: GraphicState, size: Size) {
  const view = mapView(records, state);
  const wide = !isNarrow(size);
  const fontSize = labelFontSize(size);
  // Each kind of text takes its own weight from this (labels.ts, STYLE_WEIGHT).
  const m = measure(fontSize, size.text);
  // Text keeps this far from the canvas's edges: a little more where there is room.
  const inset = wide ? 8 : 2;
  const frame = { x0: inset, y0: inset, x1: size.width - inset, y1: size.height - inset };
  const { edition } = records;
  const nameOf = edition.map.districtName;
  const column = legendColumn(view.date, wide, m, edition);
  const cells = cellsOf(view.views, size, besideColumn(frame, column.width, edition.dir));
  const { scale, bounds } = cells;
  const landmarks = view.views
    .filter((v) => v.district.kind === "landmark")
    .map((v) => ({ ...v, xy: scale.apply([v.district.lon, v.district.lat]) }));
  // The road runs off towards the airport; it is drawn as far as the frame's edge (Plot's
  // own clipping would name its clip path differently on every drawing).
  const road = clipToWidth(AIRPORT_ROAD_APPROX.map(scale.apply), size.width - 4);
  const river = QUEIQ_APPROX.map(scale.apply);

  // The column first, clear of the cells; then the labels, most important first.
  const chrome = withInset(column.place(frame, inset, bounds), column.width, edition, m);
  const cellBoxes = cells.polygons.map(boundsOf);
  const stars = landmarks.map((l) => square(l.xy[0], l.xy[1], 7));
  const named = (keep: (v: DistrictView) => boolean) =>
    cells.views.flatMap((v, i) =>
      keep(v) ? [nameItem(nameOf(v.district), cells.centres[i] as Point, cells.radius, m)] : [],
    );
  const focusedIds = new Set(state.highlight);
  const citadel = landmarks.map((l) => ({
    first: focusedIds.has(l.district.id),
    item: item([[nameOf(l.district)]], around(l.xy, 9, fontSize), "name", m),
  }));
  const pocket = pocketLabel(view, edition, m, { frame, bounds, cellBoxes });
  const labels = placeText<MapText>(
    [
      ...named((v) => v.focused),
      ...citadel.filter((c) => c.first).map((c) => c.item),
      ...pocket,
      ...citadel.filter((c) => !c.first).map((c) => c.item),
      ...named(
        (v) => !v.focused && view.config.namesLandmarks && LANDMARK_LABELS.includes(v.district.id),
      ),
      // Over the cells it would name ground it does not describe.
      { ...westItem(river, m, edition.map.labels), avoid: cellBoxes },
      { ...riverItem(river, m, edition.map.labels), prefer: cellBoxes },
      { ...roadItem(road, m, edition.map.labels), prefer: cellBoxes },
      ...named((v) => !v.focused && wide && view.config.namesRebelHeld && v.status === "rebel"),
    ],
    frame,
    [...chrome.texts.map((t) => t.box), ...chrome.boxes, ...stars],
  );
  return {
    view,
    /** Places to pixels and back (scales.ts): everything above was placed with it. */
    scale,
    features: cells.features,
    halves: splitHalves(cells),
    landmarks,
    road,
    river,
    legend: chrome.swatches,
    legendHalves: chrome.swatches.flatMap(swatchHalf),
    texts: [...chrome.texts, ...labels],
    inset: chrome.inset,
    frame,
    /** The labels' text size, and the date's. */
    fontSize,
    /** The edition's reading direction, which the labels are drawn in. */
    dir: edition.dir,
    /** How notes are set apart (the edition's: italic, or not in Arabic). */
    noteStyle: edition.noteFontStyle,
    titleSize: titleFontSize(fontSize),
  };
}

/**
 * The east and the SDF's Sheikh Maqsood, one cell each, fitted into the box; districts
 * elsewhere are in the table, not drawn.
 */
function cellsOf(views: readonly DistrictView[], size: Size, box: Box) {
  const drawn = views.filter(
    (v) => isCell(v.district) && (v.district.in_east || v.district.side_on_nov15 === "sdf"),
  );
  const fit = fitCells(
    drawn.map((v) => [v.district.lon, v.district.lat]),
    size,
    box,
    size.width / 2,
  );
  const centres = drawn.map((v) => fit.scale.apply([v.district.lon, v.district.lat]));
  const polygons = schematicCells(centres, size);
  const features = drawn.map((v, i) => ({
    type: "Feature" as const,
    properties: v,
    geometry: { type: "Polygon" as const, coordinates: [closeRing(polygons[i] ?? [])] },
  }));
  return { ...fit, views: drawn, centres, polygons, features };
}

type Cells = ReturnType<typeof cellsOf>;

/** The SDF's half of each split district, drawn over the government's whole cell. */
function splitHalves({ views, polygons, centres }: Cells) {
  return views.flatMap((v, i) =>
    v.status === "split" ? [polygonFeature(westHalf(polygons[i] ?? [], centres[i] as Point))] : [],
  );
}

/** The same half for the split status's square in the legend. */
function swatchHalf({ status, x, y }: { status: string; x: number; y: number }) {
  const h = (SWATCH_R * Math.sqrt(Math.PI)) / 2;
  const square: Point[] = [
    [x - h, y - h],
    [x + h, y - h],
    [x + h, y + h],
    [x - h, y + h],
  ];
  return status === "split" ? [polygonFeature(westHalf(square, [x, y]))] : [];
}

const polygonFeature = (ring: Point[]) => ({
  type: "Feature" as const,
  properties: {},
  geometry: { type: "Polygon" as const, coordinates: [closeRing(ring)] },
});

function boundsOf(ring: readonly Point[]): Box {
  const xs = ring.map(([x]) => x);
  const ys = ring.map(([, y]) => y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

const square = (x: number, y: number, r: number): Box => ({
  x0: x - r,
  y0: y - r,
  x1: x + r,
  y1: y + r,
});

function closeRing(ring: Point[]): Point[] {
  const first = ring[0];
  return first ? [...ring, first] : ring;
}

/** The part of a line left of x = max, cut where it crosses. */
function clipToWidth(line: Point[], max: number): Point[] {
  const out: Point[] = [];
  for (const [i, p] of line.entries()) {
    if (p[0] <= max) {
      out.push(p);
      continue;
    }
    const q = line[i - 1];
    if (q && q[0] < max) out.push([max, q[1] + ((p[1] - q[1]) * (max - q[0])) / (p[0] - q[0])]);
    break;
  }
  return out;
}
