import * as Plot from "@observablehq/plot";
import { ink, landscape } from "../../styles/tokens.ts";
import { chartStyle } from "../chartStyle.ts";
import type { Anchor } from "../labelPlacement.ts";
import { inPixels, leaderMark, placedTextMark } from "../placedText.ts";
import type { Direction } from "../svgDirection.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { type LocatorTextStyle, STYLE_WEIGHT } from "./labels.ts";
import { DOT_R, layoutLocator } from "./layout.ts";
import type { Point } from "./scales.ts";

type TextLook = Parameters<typeof placedTextMark>[2];

/** How each kind of text looks; its weight is the one it was measured in (labels.ts). */
const LOOK: Record<LocatorTextStyle, TextLook> = {
  focus: { fill: ink.text },
  place: { fill: ink.text },
  area: { fill: ink.text, fontStyle: "italic" },
  country: { fill: ink.muted },
  note: { fill: ink.text },
  credit: { fill: ink.muted },
};

const ANCHORS: readonly Anchor[] = ["start", "middle", "end"];

type LocatorLayout = ReturnType<typeof layoutLocator>;

/**
 * The locator map: Syria and its neighbours as Natural Earth draws them, projected at build
 * and only scaled here (layout.ts, scales.ts), drawn in Plot's identity projection; the
 * places the state marks, at the gazetteer's coordinates; Idlib province named as an area;
 * the evacuation's arrow; the state's note and the credit. The marks keep one order in
 * every state, so a change of state moves and recolours them rather than redrawing the map.
 */
export function locatorSpec(
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): Plot.PlotOptions {
  const map = layoutLocator(records, state, size);
  return {
    width: size.width,
    height: size.height,
    margin: 0,
    projection: "identity",
    style: chartStyle(map.fontSize),
    marks: [...groundMarks(map), ...placeMarks(map), ...textMarks(map, records.edition.dir)],
  };
}

/** Sea, land, Syria, then the lines: borders, the coast, Syria's own edge over them. */
function groundMarks({ shapes }: LocatorLayout) {
  const quiet = { ariaHidden: "true" } as const;
  return [
    Plot.geo([shapes.sea], { fill: landscape.sea, stroke: "none", ...quiet }),
    Plot.geo([shapes.land], { fill: ink.faint, stroke: "none", ...quiet }),
    Plot.geo([shapes.syria], { fill: ink.paper, stroke: "none", ...quiet }),
    Plot.geo([shapes.coast], { fill: "none", stroke: ink.rule, strokeWidth: 1, ...quiet }),
    Plot.geo([shapes.borders], { fill: "none", stroke: ink.muted, strokeWidth: 0.75, ...quiet }),
    Plot.geo([shapes.syriaEdge], { fill: "none", stroke: ink.text, strokeWidth: 1.5, ...quiet }),
  ];
}

/** The evacuation's arrow and the places' dots, the one singled out larger. */
function placeMarks(map: LocatorLayout) {
  type Arrow = LocatorLayout["arrow"][number];
  type Dot = LocatorLayout["places"][number];
  const end = (at: (a: Arrow) => Point, i: 0 | 1) => inPixels((a: Arrow) => at(a)[i]);
  return [
    Plot.arrow(map.arrow, {
      x1: end((a) => a.from, 0),
      y1: end((a) => a.from, 1),
      x2: end((a) => a.to, 0),
      y2: end((a) => a.to, 1),
      stroke: ink.text,
      strokeWidth: 1.5,
      headLength: 7,
      ariaHidden: "true",
    }),
    ...[true, false].map((focus) =>
      Plot.dot(
        map.places.filter((d) => d.focus === focus),
        {
          x: inPixels((d: Dot) => d.xy[0]),
          y: inPixels((d: Dot) => d.xy[1]),
          r: focus ? DOT_R.focus : DOT_R.place,
          fill: ink.text,
          stroke: ink.paper,
          strokeWidth: 1,
          ariaHidden: "true",
        },
      ),
    ),
  ];
}

/** Leaders, then the placed text of each style, a mark per anchor. */
function textMarks(map: LocatorLayout, dir: Direction) {
  const styles = Object.keys(LOOK) as LocatorTextStyle[];
  return [
    leaderMark(map.texts, { stroke: ink.muted, strokeWidth: 1 }),
    ...styles.flatMap((style) => {
      const texts = map.texts.filter((t) => t.datum.style === style);
      const weight = STYLE_WEIGHT[style] === 400 ? {} : { fontWeight: STYLE_WEIGHT[style] };
      return ANCHORS.map((anchor) =>
        placedTextMark(texts, anchor, { ...LOOK[style], ...weight }, dir),
      );
    }),
  ];
}
