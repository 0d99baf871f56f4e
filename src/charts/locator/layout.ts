import { isNarrow, LINE_HEIGHT, labelFontSize } from "../chartStyle.ts";
import { type Box, type PlacedText, placeText, segmentBoxes } from "../labelPlacement.ts";
import { measure } from "../measure.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { LOCATOR_GEOGRAPHY as GEO } from "./geography.generated.ts";
import type { CountryId, GeoPoint } from "./geography.ts";
import {
  areaItem,
  countryItem,
  creditItem,
  type LocatorText,
  noteItem,
  noteLines,
  placeItem,
} from "./labels.ts";
import { fitLocator, type LocatorScale, type Point } from "./scales.ts";
import { EVACUATED_FROM, IDLIB_SEAT } from "./states.ts";
import { locatorView } from "./view.ts";

/** A marked place's dot: the place singled out is larger. */
export const DOT_R = { focus: 4.5, place: 3 } as const;

/** The countries named, the focus first. */
const COUNTRIES: readonly CountryId[] = ["syria", "turkey", "iraq", "jordan", "lebanon"];

/**
 * Where everything on the locator goes at one size: the credit along the bottom; Syria as
 * large as the rest allows (scales.ts); then every label placed in one pass, most important
 * first (the places, the province, the countries, the note), so that none collides with
 * another or leaves the frame. All in pixels, for spec.ts to draw as they are.
 */
export function layoutLocator(records: ChartRecords, state: GraphicState, size: Size) {
  const view = locatorView(records, state);
  const { edition } = records;
  const words = edition.locator;
  const fontSize = labelFontSize(size);
  const m = measure(fontSize, size.text);
  const inset = isNarrow(size) ? 2 : 8;
  const frame: Box = { x0: inset, y0: inset, x1: size.width - inset, y1: size.height - inset };
  // The note across the top and the credit along the bottom; the map between them.
  const lines = noteLines(view.note, frame, m);
  const chrome = placeText(
    [noteItem(lines, frame, m), creditItem(words.credit, frame, m)],
    frame,
    [],
  );
  const [top, bottom] = [Math.max(frame.y0, ...chrome.filter(isNote).map((t) => t.box.y1))].concat(
    Math.min(frame.y1, ...chrome.filter((t) => !isNote(t)).map((t) => t.box.y0)),
  );
  const scale = fitLocator({ ...frame, y0: (top ?? frame.y0) + 4, y1: (bottom ?? frame.y1) - 2 });
  const places = view.places.map((place, i) => ({
    place,
    focus: i === 0,
    xy: scale.apply(GEO.places[place.id] ?? [0, 0]),
  }));
  const at = (id: string) => scale.apply(GEO.places[id] ?? [0, 0]);
  const arrow = view.config.showsEvacuation ? arrowBetween(at(EVACUATED_FROM), at(IDLIB_SEAT)) : [];
  const dots = places.map(({ xy, focus }) => square(xy, focus ? DOT_R.focus : DOT_R.place));
  const arrowBoxes = arrow.flatMap((a) => segmentBoxes([a.from, a.to], 3));
  const labels = placeText<LocatorText>(
    [
      ...places.map(({ place, xy, focus }) =>
        placeItem(
          words.placeName(place),
          xy,
          focus ? DOT_R.focus : DOT_R.place,
          focus ? "focus" : "place",
          m,
        ),
      ),
      ...(view.config.namesIdlibProvince
        ? [{ ...areaItem(words.idlibProvince, at(IDLIB_SEAT), m), avoid: arrowBoxes }]
        : []),
      ...COUNTRIES.map((id) => countryItem(words.countries[id], scale.apply(GEO.countries[id]), m)),
    ],
    frame,
    [...dots, ...arrowBoxes, ...chrome.map((c) => c.box)],
  );
  return {
    view,
    scale,
    shapes: shapesIn(scale, size),
    places,
    arrow,
    texts: [...chrome, ...labels],
    fontSize,
    lineHeight: LINE_HEIGHT,
  };
}

/** The geography in the drawing's pixels, as GeoJSON for Plot's identity projection. */
function shapesIn(scale: LocatorScale, size: Size) {
  const ring = (r: GeoPoint[]) => r.map(scale.apply);
  const polygons = (ps: GeoPoint[][][]) => ({
    type: "MultiPolygon" as const,
    coordinates: ps.map((p) => p.map(ring)),
  });
  const lines = (ls: GeoPoint[][]) => ({
    type: "MultiLineString" as const,
    coordinates: ls.map(ring),
  });
  const { width: w, height: h } = size;
  return {
    sea: {
      type: "Polygon" as const,
      coordinates: [
        [
          [0, 0],
          [w, 0],
          [w, h],
          [0, h],
          [0, 0],
        ],
      ],
    },
    land: polygons(GEO.land),
    syria: polygons(GEO.syria),
    borders: lines(GEO.borders),
    coast: lines(GEO.coast),
    syriaEdge: lines(GEO.syriaEdge),
  };
}

/** The shortest the evacuation's arrow is drawn: its head and as much shaft again. */
const ARROW_MIN = 18;

/**
 * The arrow from one place towards another, from just off the first dot to just short of
 * the second place; where the map is too small for that to read, on past it (the second
 * place has no dot: the arrow points into its province).
 */
function arrowBetween(from: Point, to: Point) {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const d = Math.hypot(dx, dy);
  if (d === 0) return [];
  const along = (t: number): Point => [from[0] + (dx * t) / d, from[1] + (dy * t) / d];
  const start = DOT_R.focus + 3;
  return [{ from: along(start), to: along(Math.max(d - 4, start + ARROW_MIN)) }];
}

const isNote = (t: PlacedText<LocatorText>) => t.datum.style === "note";

const square = ([x, y]: Point, r: number): Box => ({
  x0: x - r - 1,
  y0: y - r - 1,
  x1: x + r + 1,
  y1: y + r + 1,
});
