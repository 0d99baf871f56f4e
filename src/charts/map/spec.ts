import * as Plot from "@observablehq/plot";
import { chartDate } from "../../dates.ts";
import { ink, side, type } from "../../styles/tokens.ts";
import { formatClaim } from "../format.ts";
import { placeLabels, textWidth } from "../labelPlacement.ts";
import { hatchDefs } from "../marks.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { fitProjection, isCell, type Point, schematicCells } from "./layout.ts";
import { AIRPORT_ROAD_APPROX, LANDMARK_LABELS, QUEIQ_APPROX } from "./states.ts";
import { type DistrictView, mapState, mapView } from "./view.ts";

export const STATUS_LABEL = {
  government: "Government",
  rebel: "Rebel-held",
  sdf: "Kurdish-led SDF",
  contested: "Contested",
} as const;

/** A paper-coloured outline behind a label, so it reads over the cells. */
const HALO = { stroke: ink.paper, strokeWidth: 3, paintOrder: "stroke" } as const;

const LEGEND_SHORT = {
  government: "Government",
  rebel: "Rebels",
  sdf: "SDF",
  contested: "Contested",
} as const;

const FILL = {
  government: side.government,
  rebel: side.rebel,
  sdf: side.sdf,
  contested: side.contested,
} as const;

/**
 * The schematic district map: one cell per named district at its approximate centroid,
 * filled by its status on the beat's date (contested is hatched), the districts the beat
 * names outlined and labelled, with the river and the Citadel for orientation.
 */
export function mapSpec(records: ChartRecords, state: GraphicState, size: Size): Plot.PlotOptions {
  mapState(state.state);
  const view = mapView(records, state);
  const narrow = size.width < 520;
  // Room for the outer cells, which reach about a cell's radius past their centroids.
  const pad = Math.round(Math.min(size.width, size.height) * 0.06);
  const frame = {
    top: 30 + pad,
    right: 8 + pad,
    bottom: (narrow ? 36 : 30) + pad,
    left: (narrow ? 8 : 132) + pad,
  };
  // The east and the SDF's Sheikh Maqsood; districts elsewhere are in the table, not drawn.
  const cells = view.views.filter(
    (v) => isCell(v.district) && (v.district.in_east || v.district.side_on_nov15 === "sdf"),
  );
  const project = fitProjection(
    cells.map((v) => [v.district.lon, v.district.lat]),
    size,
    frame,
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
  const fontSize = type.chartSmall;
  // The road runs off towards the airport; it is drawn as far as the frame's edge (Plot's
  // own clipping would name its clip path differently on every drawing).
  const road = clipToWidth(
    AIRPORT_ROAD_APPROX.map((p) => project(p)),
    size.width - 4,
  );
  const roadEnd = road.at(-1) as Point;
  const roadLabelX = Math.min(roadEnd[0], size.width - 4);
  const legendBox = narrow
    ? { x0: 0, y0: size.height - 26, x1: size.width, y1: size.height }
    : { x0: 0, y0: 30, x1: 150, y1: 120 };
  const reserved = [
    legendBox,
    {
      x0: roadLabelX - textWidth("Airport road", fontSize),
      y0: roadEnd[1] + 2,
      x1: roadLabelX,
      y1: roadEnd[1] + 18,
    },
    { x0: 0, y0: 0, x1: size.width, y1: 24 },
    ...landmarks.map((v) => ({
      x0: v.xy[0] - 40,
      y0: v.xy[1] - 20,
      x1: v.xy[0] + 40,
      y1: v.xy[1] + 8,
    })),
  ];
  const wanted = cells
    .map((v, i) => ({ ...v, xy: centres[i] as Point }))
    .filter(
      (v) =>
        v.focused ||
        (state.state === "overview" && LANDMARK_LABELS.includes(v.district.id)) ||
        (!narrow && state.state === "pocket" && v.status === "rebel"),
    )
    .sort((a, b) => Number(b.focused) - Number(a.focused));
  const labelled = placeLabels(
    wanted.map((v) => ({ x: v.xy[0], y: v.xy[1], text: v.district.name, datum: v })),
    { x0: 2, y0: 2, x1: size.width - 2, y1: size.height - 2 },
    reserved,
    fontSize,
  );
  const river = QUEIQ_APPROX.map((p) => project(p));
  // A column of four on wide screens; one row along the bottom, in short words, on phones.
  let along = 8;
  const legend = (Object.keys(STATUS_LABEL) as (keyof typeof STATUS_LABEL)[]).map((status, i) => {
    const text = narrow
      ? LEGEND_SHORT[status]
      : status === "contested"
        ? "Contested (hatched)"
        : STATUS_LABEL[status];
    const x = narrow ? along : 8;
    along += 18 + textWidth(text, fontSize) + 10;
    return { status, text, x, y: narrow ? size.height - 12 : 40 + i * 20 };
  });

  return {
    width: size.width,
    height: size.height,
    margin: 0,
    projection: "identity",
    color: { type: "identity" },
    style: {
      fontFamily: type.sans,
      fontSize: `${type.chartSmall}px`,
      background: "transparent",
      overflow: "visible",
    },
    marks: [
      hatchDefs([{ id: "hatch-contested", background: side.rebel, stripe: side.government }]),
      Plot.geo(features, {
        fill: (f: { properties: DistrictView }) => FILL[f.properties.status],
        stroke: ink.paper,
        strokeWidth: 1,
        ariaHidden: "true",
      }),
      Plot.geo(
        features.filter((f) => f.properties.focused),
        { fill: "none", stroke: ink.text, strokeWidth: 2.5, ariaHidden: "true" },
      ),
      Plot.line(road, {
        x: (p: Point) => p[0],
        y: (p: Point) => p[1],
        stroke: ink.muted,
        strokeWidth: 1.5,
        strokeDasharray: "6,3",
        ariaHidden: "true",
      }),
      Plot.text([road.at(-1) as Point], {
        x: () => roadLabelX,
        y: (p: Point) => p[1],
        text: () => "Airport road",
        textAnchor: "end",
        dy: 10,
        fill: ink.muted,
        fontStyle: "italic",
        ariaHidden: "true",
      }),
      Plot.line(river, {
        x: (p: Point) => p[0],
        y: (p: Point) => p[1],
        stroke: "#3d7fb0",
        strokeWidth: 2.5,
        strokeOpacity: 0.75,
        curve: "catmull-rom",
        ariaHidden: "true",
      }),
      Plot.text([river[0] as Point], {
        x: (p: Point) => p[0],
        y: (p: Point) => p[1],
        text: () => "Queiq river",
        textAnchor: "end",
        dx: -4,
        dy: 6,
        fill: "#2d6a96",
        fontStyle: "italic",
        ariaHidden: "true",
      }),
      Plot.text([river[Math.floor(river.length / 2)] as Point], {
        x: (p: Point) => p[0],
        y: (p: Point) => p[1],
        text: () => "Government-held\nwest",
        textAnchor: "end",
        dx: -12,
        fill: ink.muted,
        ariaHidden: "true",
      }),
      Plot.dot(landmarks, {
        x: (v: { xy: Point }) => v.xy[0],
        y: (v: { xy: Point }) => v.xy[1],
        symbol: "star",
        r: 6,
        fill: ink.paper,
        stroke: ink.text,
        strokeWidth: 1.5,
        ariaHidden: "true",
      }),
      Plot.text(landmarks, {
        x: (v: { xy: Point }) => v.xy[0],
        y: (v: { xy: Point }) => v.xy[1],
        text: (v: DistrictView) => v.district.name,
        dy: -12,
        fontWeight: 600,
        fill: ink.text,
        ...HALO,
        ariaHidden: "true",
      }),
      ...(["start", "middle", "end"] as const).map((anchor) =>
        Plot.text(
          labelled.filter((l) => l.anchor === anchor),
          {
            x: (l: (typeof labelled)[number]) => l.tx,
            y: (l: (typeof labelled)[number]) => l.ty,
            text: "text",
            textAnchor: anchor,
            fontWeight: 600,
            fill: ink.text,
            ...HALO,
            ariaHidden: "true",
          },
        ),
      ),
      Plot.text([chartDate(view.date)], {
        frameAnchor: "top-left",
        dx: 8,
        dy: 8,
        text: (d: string) => `${d} 2016`,
        fontWeight: 700,
        fontSize: type.chartSize,
        fill: ink.text,
        ariaHidden: "true",
      }),
      Plot.text(["Schematic: district positions approximate"], {
        frameAnchor: "top-right",
        dx: -8,
        dy: 8,
        fill: ink.muted,
        textAnchor: "end",
        ariaHidden: "true",
      }),
      Plot.text(view.pocket ? [view.pocket] : [], {
        frameAnchor: "bottom-right",
        textAnchor: "end",
        dx: -8,
        dy: narrow ? -52 : -10,
        text: (p: NonNullable<typeof view.pocket>) =>
          `Rebel pocket, reported:\n${formatClaim(p.value_low, p.value_high, p.open_ended, p.qualifier, " km²")} (${chartDate(p.date)})`,
        fontWeight: 700,
        fill: ink.text,
        ariaHidden: "true",
      }),
      Plot.dot(legend, {
        x: (l: (typeof legend)[number]) => l.x + 7,
        y: (l: (typeof legend)[number]) => l.y,
        symbol: "square",
        r: 6.5,
        fill: (l: (typeof legend)[number]) => FILL[l.status],
        stroke: ink.text,
        strokeWidth: 0.5,
        ariaHidden: "true",
      }),
      Plot.text(legend, {
        x: (l: (typeof legend)[number]) => l.x + 18,
        y: (l: (typeof legend)[number]) => l.y,
        text: "text",
        textAnchor: "start",
        fill: ink.text,
        ariaHidden: "true",
      }),
    ],
  };
}

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
