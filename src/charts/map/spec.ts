import * as Plot from "@observablehq/plot";
import { ink, landscape, markOpacity, sideEdge } from "../../styles/tokens.ts";
import { chartStyle } from "../chartStyle.ts";
import type { Anchor } from "../labelPlacement.ts";
import { hatchDefs } from "../marks.ts";
import { inPixels, placedTextMark } from "../placedText.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import type { Point } from "./cells.ts";
import { STYLE_WEIGHT, type TextStyle } from "./labels.ts";
import { layoutMap } from "./layout.ts";
import { FILL, SWATCH_R } from "./legend.ts";
import type { DistrictView } from "./view.ts";

/**
 * What each status is painted with: its side's colour and, so that colour is not the only
 * signal, a texture of its own: government solid, rebels dotted with paper, the SDF ruled
 * with fine lines, contested ground hatched in the colours of both sides. A split district
 * is government's solid with the SDF's ruled half drawn over it (`halves`).
 */
const SURFACE = {
  government: FILL.government,
  rebel: "url(#texture-rebel)",
  sdf: "url(#texture-sdf)",
  contested: FILL.contested,
  split: FILL.split,
} as const;

const TEXTURES = [
  { id: "hatch-contested", background: FILL.rebel, stripe: FILL.government },
  { id: "texture-rebel", background: FILL.rebel, stripe: ink.paper, kind: "dots" },
  { id: "texture-sdf", background: FILL.sdf, stripe: ink.text, kind: "lines" },
] as const;

/**
 * The left column's text (date, note, legend) stands on bare paper, clear of every mark:
 * it is drawn without the halo the shared placed text has.
 */
const NO_HALO = { stroke: undefined, strokeWidth: undefined, paintOrder: undefined };

type TextLook = Parameters<typeof placedTextMark>[2];

/**
 * How each kind of text looks, and the anchors it may take (one text mark per anchor). Its
 * size is the map's label size (the SVG's), but for the date's (layout.ts); its weight is
 * the one it was measured in (STYLE_WEIGHT, labels.ts).
 */
const LOOK: Record<TextStyle, { anchors: Anchor[]; rtl?: Anchor[]; options: TextLook }> = {
  // The column's text is set from its reading edge (legend.ts): right to left, its right.
  date: { anchors: ["start"], rtl: ["end"], options: { fill: ink.text, ...NO_HALO } },
  note: { anchors: ["start"], rtl: ["end"], options: { fill: ink.muted, ...NO_HALO } },
  legend: { anchors: ["start"], rtl: ["end"], options: { fill: ink.text, ...NO_HALO } },
  name: {
    anchors: ["start", "middle", "end"],
    options: { fill: ink.text },
  },
  pocket: { anchors: ["end"], options: { fill: ink.text } },
  river: {
    anchors: ["start", "end"],
    options: { fill: landscape.riverText },
  },
  orientation: {
    anchors: ["start", "middle", "end"],
    options: { fill: ink.muted },
  },
};

/**
 * The schematic district map: one cell per named district at its approximate centroid,
 * filled by its status on the beat's date (colour and texture, SURFACE), the districts the beat
 * names outlined and labelled, with the river and the Citadel for orientation. Where each
 * piece goes is decided in layout.ts, in pixels, on the map's scale (scales.ts): the map is
 * drawn in Plot's identity projection, in those pixels, so no place is projected twice. The
 * marks here keep one order in every state, so a change of beat moves and recolours them
 * rather than redrawing the map.
 */
type MapLayout = ReturnType<typeof layoutMap>;
const point = { x: inPixels((p: Point) => p[0]), y: inPixels((p: Point) => p[1]) };

export function mapSpec(records: ChartRecords, state: GraphicState, size: Size): Plot.PlotOptions {
  const map = layoutMap(records, state, size);
  return {
    width: size.width,
    height: size.height,
    margin: 0,
    projection: "identity",
    color: { type: "identity" },
    style: chartStyle(map.fontSize),
    marks: [
      hatchDefs([...TEXTURES]),
      ...cellMarks(map),
      ...orientationMarks(map),
      ...legendMarks(map),
      ...insetMarks(map),
      ...(Object.keys(LOOK) as TextStyle[]).flatMap((style) => textMarks(map, style)),
    ],
  };
}

/** The districts' cells, each in its side's surface; split halves and outlines over them. */
function cellMarks(map: MapLayout) {
  return [
    Plot.geo(map.features, {
      fill: (f: { properties: DistrictView }) => SURFACE[f.properties.status],
      stroke: ink.paper,
      strokeWidth: 1,
      ariaHidden: "true",
    }),
    // The yellow is too light to stand out from the paper: SDF cells get a dark-gold
    // edge, inside the paper line that parts every cell from its neighbours.
    ...[
      { stroke: sideEdge.sdf, strokeWidth: 3 },
      { stroke: ink.paper, strokeWidth: 1 },
    ].map((line) =>
      Plot.geo(
        map.features.filter((f) => f.properties.status === "sdf"),
        { fill: "none", ...line, ariaHidden: "true" },
      ),
    ),
    // A split district's SDF half: ruled, with the SDF's dark-gold edge, which also
    // marks the line between the halves.
    Plot.geo(map.halves, {
      fill: SURFACE.sdf,
      stroke: sideEdge.sdf,
      strokeWidth: 1.5,
      ariaHidden: "true",
    }),
    Plot.geo(
      map.features.filter((f) => f.properties.focused),
      { fill: "none", stroke: ink.text, strokeWidth: 2.5, ariaHidden: "true" },
    ),
  ];
}

/** What orients a reader: the airport road, the river and the landmarks. */
function orientationMarks(map: MapLayout) {
  return [
    Plot.line(map.road, {
      ...point,
      stroke: ink.muted,
      strokeWidth: 1.5,
      strokeDasharray: "6,3",
      ariaHidden: "true",
    }),
    Plot.line(map.river, {
      ...point,
      stroke: landscape.river,
      strokeWidth: 2.5,
      strokeOpacity: markOpacity.river,
      curve: "catmull-rom",
      ariaHidden: "true",
    }),
    Plot.dot(map.landmarks, {
      x: inPixels((v: { xy: Point }) => v.xy[0]),
      y: inPixels((v: { xy: Point }) => v.xy[1]),
      symbol: "star",
      r: 6,
      fill: ink.paper,
      stroke: ink.text,
      strokeWidth: 1.5,
      ariaHidden: "true",
    }),
  ];
}

/** The small locator in the column: Syria's outline and Aleppo's dot (inset.ts). */
function insetMarks({ inset }: MapLayout) {
  if (!inset) return [];
  return [
    Plot.geo([inset.syria], {
      fill: ink.paper,
      stroke: ink.muted,
      strokeWidth: 1,
      ariaHidden: "true",
    }),
    Plot.dot([inset.aleppo], {
      x: inPixels((p: Point) => p[0]),
      y: inPixels((p: Point) => p[1]),
      r: 2.5,
      fill: ink.text,
      ariaHidden: "true",
    }),
  ];
}

/** The key's swatches, a split one in halves like the cells. */
function legendMarks(map: MapLayout) {
  type Row = MapLayout["legend"][number];
  return [
    Plot.dot(map.legend, {
      x: inPixels((l: Row) => l.x),
      y: inPixels((l: Row) => l.y),
      symbol: "square",
      r: SWATCH_R,
      fill: (l: Row) => SURFACE[l.status],
      stroke: (l: Row) => (l.status === "sdf" ? sideEdge.sdf : ink.text),
      strokeWidth: (l: Row) => (l.status === "sdf" ? 1.5 : 0.5),
      ariaHidden: "true",
    }),
    Plot.geo(map.legendHalves, {
      fill: SURFACE.sdf,
      stroke: sideEdge.sdf,
      strokeWidth: 1,
      ariaHidden: "true",
    }),
  ];
}

/** The placed text of one style, a mark per anchor, drawn as every chart draws it. */
function textMarks(map: MapLayout, style: TextStyle) {
  const texts = map.texts.filter((t) => t.datum.style === style);
  const { options } = LOOK[style];
  const anchors = (map.dir === "rtl" && LOOK[style].rtl) || LOOK[style].anchors;
  // Bold where it is measured bold (labels.ts); the page's weight is 400 already.
  const weight = STYLE_WEIGHT[style] === 400 ? {} : { fontWeight: STYLE_WEIGHT[style] };
  const look = {
    ...options,
    ...weight,
    ...(style === "date" ? { fontSize: map.titleSize } : {}),
    // The river's and the orientation's names are notes: set apart as the edition says.
    ...(style === "river" || style === "orientation" ? { fontStyle: map.noteStyle } : {}),
  };
  return anchors.map((anchor) => placedTextMark(texts, anchor, look, map.dir));
}
