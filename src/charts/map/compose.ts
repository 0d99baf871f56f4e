import { chartDate } from "../../dates.ts";
import { side, type } from "../../styles/tokens.ts";
import { isNarrow, LINE_HEIGHT } from "../chartStyle.ts";
import { formatClaim } from "../format.ts";
import {
  type Box,
  type PlacedText,
  placeText,
  type TextSpot as Spot,
  type TextItem,
} from "../labelPlacement.ts";
import { textWidth, wrapWords } from "../textMetrics.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { fitCells, isCell, type Point, schematicCells } from "./layout.ts";
import { AIRPORT_ROAD_APPROX, LANDMARK_LABELS, QUEIQ_APPROX } from "./states.ts";
import { type DistrictView, mapView } from "./view.ts";

export const STATUS_LABEL = {
  government: "Government",
  rebel: "Rebel-held",
  sdf: "Kurdish-led SDF",
  contested: "Contested",
} as const;
type Status = keyof typeof STATUS_LABEL;

const LEGEND_SHORT = {
  government: "Government",
  rebel: "Rebels",
  sdf: "SDF",
  contested: "Contested",
} as const;

export const FILL = {
  government: side.government,
  rebel: side.rebel,
  sdf: side.sdf,
  contested: side.contested,
} as const;

const NOTE = "Schematic: district positions approximate";

/** How each piece of text is drawn; spec.ts turns each into its own marks. */
export type TextStyle = "date" | "note" | "legend" | "name" | "pocket" | "river" | "orientation";

export interface MapText {
  style: TextStyle;
  /** The legend swatch's status, for legend text. */
  status?: Status;
}

const SMALL = type.chartSmall;
const LARGE = type.chartSize;
/** A legend row; the swatch is a square this wide at the start of it. */
const ROW = 15;
const SWATCH = 11;

/**
 * Where everything on the schematic map goes at one size: a narrow column on the left for
 * the date, the note and the legend; the cells as large as the rest of the canvas allows;
 * then every label placed in one pass, most important first, so that none collides with
 * another or leaves the canvas (the ones with no room are left out).
 */
export function composeMap(records: ChartRecords, state: GraphicState, size: Size) {
  const view = mapView(records, state);
  const wide = !isNarrow(size);
  // Text keeps this far from the canvas's edges: a little more where there is room.
  const inset = wide ? 8 : 2;
  const frame = { x0: inset, y0: inset, x1: size.width - inset, y1: size.height - inset };
  // Where text flush with the left or right edge is anchored (a text box has a pixel spare).
  const flush = inset + 1;

  const statuses = Object.keys(STATUS_LABEL) as Status[];
  const legendText = (s: Status) =>
    !wide ? LEGEND_SHORT[s] : s === "contested" ? "Contested (hatched)" : STATUS_LABEL[s];
  const date = `${chartDate(view.date)} 2016`;
  const legendWidth =
    SWATCH + 6 + Math.max(...statuses.map((s) => textWidth(legendText(s), SMALL, true)));
  const note = balancedWrap(NOTE, SMALL, wide ? 2 : 3);
  const column = Math.max(
    legendWidth,
    textWidth(date, LARGE, true),
    ...note.map((l) => textWidth(l, SMALL, true)),
  );

  // The east and the SDF's Sheikh Maqsood; districts elsewhere are in the table, not drawn.
  const cells = view.views.filter(
    (v) => isCell(v.district) && (v.district.in_east || v.district.side_on_nov15 === "sdf"),
  );
  const { project, bounds, radius } = fitCells(
    cells.map((v) => [v.district.lon, v.district.lat]),
    size,
    { ...frame, x0: inset + column + 6 },
    size.width / 2,
  );
  const centres = cells.map((v) => project([v.district.lon, v.district.lat]));
  const polygons = schematicCells(centres, size);
  const features = cells.map((v, i) => ({
    type: "Feature" as const,
    properties: v,
    geometry: { type: "Polygon" as const, coordinates: [closeRing(polygons[i] ?? [])] },
  }));
  const landmarks = view.views
    .filter((v) => v.district.kind === "landmark")
    .map((v) => ({ ...v, xy: project([v.district.lon, v.district.lat]) }));
  // The road runs off towards the airport; it is drawn as far as the frame's edge (Plot's
  // own clipping would name its clip path differently on every drawing).
  const road = clipToWidth(
    AIRPORT_ROAD_APPROX.map((p) => project(p)),
    size.width - 4,
  );
  const river = QUEIQ_APPROX.map((p) => project(p));

  // The column first, clear of the cells.
  const legendRows = statuses.map((status, i) => ({
    status,
    y: frame.y1 - (statuses.length - i - 0.5) * ROW,
  }));
  const chrome = placeText<MapText>(
    [
      item([[date]], [{ x: flush, y: inset, anchor: "start", edge: "top" }], "date", LARGE),
      item(
        [note],
        [{ x: flush, y: inset + LARGE * LINE_HEIGHT + 2, anchor: "start", edge: "top" }],
        "note",
      ),
      ...legendRows.map(({ status, y }) => ({
        ...item([[legendText(status)]], [{ x: flush + SWATCH + 5, y, anchor: "start" }], "legend"),
        datum: { style: "legend" as const, status },
      })),
    ],
    frame,
    [bounds],
  );
  const legend = chrome.flatMap((t) =>
    t.datum.status ? [{ status: t.datum.status, x: flush + SWATCH / 2, y: t.y }] : [],
  );
  const swatches = legend.map((l) => square(l.x, l.y, SWATCH / 2 + 1));
  const cellBoxes = polygons.map(boundsOf);
  const stars = landmarks.map((l) => square(l.xy[0], l.xy[1], 7));

  // Then the labels, most important first.
  const named = (keep: (v: DistrictView) => boolean) =>
    cells.flatMap((v, i) =>
      keep(v) ? [nameItem(v.district.name, centres[i] as Point, radius)] : [],
    );
  const focusedIds = new Set(state.highlight);
  const citadel = landmarks.map((l) => ({
    first: focusedIds.has(l.district.id),
    item: item([[l.district.name]], around(l.xy, 9, SMALL), "name"),
  }));
  const p = view.pocket;
  const pocket = p
    ? [
        pocketItem(
          `Rebel pocket, reported: ${formatClaim(p.value_low, p.value_high, p.open_ended, p.qualifier, " km²")} (${chartDate(p.date)})`,
          frame,
          bounds,
          cellBoxes,
        ),
      ]
    : [];
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
      { ...westItem(river), avoid: cellBoxes },
      { ...riverItem(river), prefer: cellBoxes },
      { ...roadItem(road), prefer: cellBoxes },
      ...named((v) => !v.focused && wide && view.config.namesRebelHeld && v.status === "rebel"),
    ],
    frame,
    [...chrome.map((t) => t.box), ...swatches, ...stars],
  );

  return { view, features, landmarks, road, river, legend, texts: [...chrome, ...labels], frame };
}

export type MapComposition = ReturnType<typeof composeMap>;
export type MapPlacedText = PlacedText<MapText>;

function item(
  variants: readonly (readonly string[])[],
  spots: readonly Spot[],
  style: TextStyle,
  fontSize: number = SMALL,
): TextItem<MapText> {
  return { variants, spots, fontSize, bold: true, datum: { style } };
}

/** A district's name: on its cell, else just off it, else a line further out. */
function nameItem(name: string, [x, y]: Point, radius: number): TextItem<MapText> {
  const h = SMALL * LINE_HEIGHT;
  const d = Math.min(6, radius / 2);
  const spots: Spot[] = [
    { x, y, anchor: "middle" },
    { x, y: y - h, anchor: "middle" },
    { x, y: y + h, anchor: "middle" },
    { x: x + d, y, anchor: "start" },
    { x: x - d, y, anchor: "end" },
    { x: x + d, y: y - h, anchor: "start" },
    { x: x - d, y: y - h, anchor: "end" },
    { x: x + d, y: y + h, anchor: "start" },
    { x: x - d, y: y + h, anchor: "end" },
    { x, y: y - 2 * h, anchor: "middle" },
    { x, y: y + 2 * h, anchor: "middle" },
  ];
  return item([[name]], spots, "name");
}

/** Spots round a symbol: above, below, right, left. */
function around([x, y]: Point, gap: number, fontSize: number): Spot[] {
  const h = (fontSize * LINE_HEIGHT) / 2;
  return [
    { x, y: y - gap - h, anchor: "middle" },
    { x, y: y + gap + h, anchor: "middle" },
    { x: x + gap, y, anchor: "start" },
    { x: x - gap, y, anchor: "end" },
  ];
}

/**
 * The last pocket's reported size, in the free corners of the canvas first (the cells leave
 * the bottom right empty), on as few lines as fit, off the cells if it can be.
 */
function pocketItem(
  text: string,
  frame: Box,
  bounds: Box,
  cells: readonly Box[],
): TextItem<MapText> {
  const right = frame.x1 - 1;
  return {
    variants: [1, 2, 3].map((n) => balancedWrap(text, SMALL, n)),
    spots: [
      { x: right, y: frame.y1, anchor: "end", edge: "bottom" },
      { x: right, y: bounds.y0, anchor: "end", edge: "top" },
      { x: right, y: (bounds.y0 + bounds.y1) / 2, anchor: "end" },
    ],
    fontSize: SMALL,
    bold: true,
    prefer: cells,
    datum: { style: "pocket" },
  };
}

/** The river's name beside its line: west of it from the north down, then east of it. */
function riverItem(river: readonly Point[]): TextItem<MapText> {
  const spots: Spot[] = [
    ...river.map(([x, y]) => ({ x: x - 5, y, anchor: "end" as const })),
    ...river.map(([x, y]) => ({ x: x + 5, y, anchor: "start" as const })),
  ];
  return item([["Queiq river"], ["Queiq", "river"]], spots, "river");
}

/** The government-held west, named west of the river's middle reaches. */
function westItem(river: readonly Point[]): TextItem<MapText> {
  const middle = river.slice(2, -1);
  const spots: Spot[] = middle.map(([x, y]) => ({ x: x - 8, y, anchor: "end" as const }));
  return item([["Government-held west"], ["Government-held", "west"]], spots, "orientation");
}

/** Under the road's far end, else over it, else under its middle. */
function roadItem(road: readonly Point[]): TextItem<MapText> {
  const end = road.at(-1);
  const middle = road[Math.floor(road.length / 2)];
  if (!end || !middle) return item([], [], "orientation");
  return item(
    [["Airport road"]],
    [
      { x: end[0] + 4, y: end[1], anchor: "start" },
      { x: end[0], y: end[1] + 3, anchor: "end", edge: "top" },
      { x: end[0], y: end[1] - 3, anchor: "end", edge: "bottom" },
      { x: middle[0], y: middle[1] + 3, anchor: "middle", edge: "top" },
    ],
    "orientation",
  );
}

/** The text broken into at most `lines` lines of as even a width as words allow. */
function balancedWrap(text: string, fontSize: number, lines: number): string[] {
  let [lo, hi] = [0, textWidth(text, fontSize, true)];
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrapWords(text, fontSize, mid, true).length <= lines) hi = mid;
    else lo = mid;
  }
  return wrapWords(text, fontSize, hi, true);
}

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
