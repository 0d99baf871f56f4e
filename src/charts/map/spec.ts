import * as Plot from "@observablehq/plot";
import { ink, landscape, markOpacity, sideEdge } from "../../styles/tokens.ts";
import { chartStyle, LINE_HEIGHT, TEXT_HALO } from "../chartStyle.ts";
import type { Anchor } from "../labelPlacement.ts";
import { hatchDefs } from "../marks.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { composeMap } from "./compose.ts";
import type { MapPlacedText, TextStyle } from "./labels.ts";
import type { Point } from "./layout.ts";
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
 * How each kind of text looks, and the anchors it may take (one text mark per anchor). Its
 * size is the map's label size (the SVG's), but for the date's (compose.ts).
 */
const LOOK: Record<TextStyle, { anchors: Anchor[]; options: Plot.TextOptions }> = {
  date: {
    anchors: ["start"],
    options: { fontWeight: 700, fill: ink.text },
  },
  note: { anchors: ["start"], options: { fill: ink.muted } },
  legend: { anchors: ["start"], options: { fill: ink.text } },
  name: {
    anchors: ["start", "middle", "end"],
    options: { fontWeight: 600, fill: ink.text, ...TEXT_HALO },
  },
  pocket: { anchors: ["end"], options: { fontWeight: 700, fill: ink.text, ...TEXT_HALO } },
  river: {
    anchors: ["start", "end"],
    options: { fontStyle: "italic", fill: landscape.riverText, ...TEXT_HALO },
  },
  orientation: {
    anchors: ["start", "middle", "end"],
    options: { fontStyle: "italic", fill: ink.muted, ...TEXT_HALO },
  },
};

/**
 * The schematic district map: one cell per named district at its approximate centroid,
 * filled by its status on the beat's date (colour and texture, SURFACE), the districts the beat
 * names outlined and labelled, with the river and the Citadel for orientation. Where each
 * piece goes is decided in compose.ts; the marks here keep one order in every state, so a
 * change of beat moves and recolours them rather than redrawing the map.
 */
type ComposedMap = ReturnType<typeof composeMap>;
const point = { x: (p: Point) => p[0], y: (p: Point) => p[1] };

export function mapSpec(records: ChartRecords, state: GraphicState, size: Size): Plot.PlotOptions {
  const map = composeMap(records, state, size);
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
      ...(Object.keys(LOOK) as TextStyle[]).flatMap((style) => textMarks(map, style)),
    ],
  };
}

/** The districts' cells, each in its side's surface; split halves and outlines over them. */
function cellMarks(map: ComposedMap) {
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
function orientationMarks(map: ComposedMap) {
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
      x: (v: { xy: Point }) => v.xy[0],
      y: (v: { xy: Point }) => v.xy[1],
      symbol: "star",
      r: 6,
      fill: ink.paper,
      stroke: ink.text,
      strokeWidth: 1.5,
      ariaHidden: "true",
    }),
  ];
}

/** The key's swatches, a split one in halves like the cells. */
function legendMarks(map: ComposedMap) {
  type Row = ComposedMap["legend"][number];
  return [
    Plot.dot(map.legend, {
      x: (l: Row) => l.x,
      y: (l: Row) => l.y,
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

/** The placed text of one style, a mark per anchor. */
function textMarks(map: ComposedMap, style: TextStyle) {
  return LOOK[style].anchors.map((anchor) =>
    Plot.text(
      map.texts.filter((t) => t.datum.style === style && t.anchor === anchor),
      {
        x: (t: MapPlacedText) => t.x,
        y: (t: MapPlacedText) => t.y,
        text: (t: MapPlacedText) => t.text,
        textAnchor: anchor,
        lineAnchor: "middle",
        lineHeight: LINE_HEIGHT,
        ariaHidden: "true",
        ...LOOK[style].options,
        ...(style === "date" ? { fontSize: map.titleSize } : {}),
      },
    ),
  );
}
