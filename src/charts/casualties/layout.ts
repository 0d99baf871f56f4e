import * as Plot from "@observablehq/plot";
import { en } from "../../locale/en.ts";
import type { CasualtyWords } from "../../locale/types.ts";
import { isNarrow } from "../chartStyle.ts";
import { hasFigure } from "../hasFigure.ts";
import type { Anchor } from "../labelPlacement.ts";
import { measure } from "../measure.ts";
import type { Direction } from "../svgDirection.ts";
import { wrapWords } from "../textMetrics.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { rowLabel, rowValue, wordingOf } from "./claimWords.ts";
import { type RowText, rowFontSize, rowLine, stackRows } from "./rows.ts";
import { casualtyScale, OPEN_END } from "./scales.ts";
import { scopesOf } from "./scope.ts";
import { casualtyView, type Numbered } from "./view.ts";

/** What the caption over the rows says: the stretch of time their figures cover. */
export function scopeCaption(
  claims: readonly Numbered[],
  words: CasualtyWords = en.casualties,
): string {
  const scopes = scopesOf(claims);
  const [only] = scopes;
  return scopes.length === 1 && only ? words.scopes[only].caption : words.mixedCaption;
}

/** The shortest frame that also says how the chart keeps its figures (its method line). */
const METHOD_MIN_HEIGHT = 300;

/** The casualties chart laid out: what the spec draws, and the tests check for clashes. */
export type CasualtyRows = ReturnType<typeof layoutCasualties>;

/**
 * Where everything on the casualties chart goes: the rows of a state placed on a canvas of
 * the given size, in pixels, with the people scale (scales.ts) their marks sit on.
 */
export function layoutCasualties(records: ChartRecords, state: GraphicState, size: Size) {
  const { claims } = casualtyView(records, state);
  const numbered = claims.filter(hasFigure);
  const narrow = isNarrow(size);
  const fontSize = rowFontSize(size);
  const m = measure(fontSize, size.text);
  const line = rowLine(fontSize);
  const r = Math.round(fontSize * 0.4 * 2) / 2;
  const top = 6;
  const { x, margin } = casualtyScale(numbered, size, m);
  const [, domainMax] = x.domain as [number, number];
  const px = (people: number): number => x.apply(people);
  const end = (c: Numbered) => c.high + (c.open_ended ? domainMax * OPEN_END : 0);
  const wording = wordingOf(claims);
  const words = records.edition.casualties;
  const said = numbered.length > 0 ? scopeCaption(numbered, words) : "";
  const marginLeft = margin.left;
  const wrap = (text: string) => wrapWords(text, size.width - marginLeft, m);
  // The method line only where the rows keep their room: not on a phone's short frame.
  const method = said && size.height >= METHOD_MIN_HEIGHT ? wrap(words.methodLine) : [];
  const captionLines = said ? [...wrap(said), ...method] : [];
  const texts = claims.map(
    (c): RowText => ({
      claim: c,
      label: rowLabel(records, c, wording, narrow),
      value: rowValue(records, c),
      mark: hasFigure(c)
        ? { x0: px(c.low) - r, x1: c.open_ended ? px(end(c)) + 2 : px(c.high) + r }
        : undefined,
    }),
  );
  // The ticks and a line of numbers under them, whole glyph boxes included.
  const axisHeight = fontSize * 2 + 4;
  const layout = stackRows(texts, {
    box: { x0: 0, y0: top, x1: size.width, y1: size.height },
    textLeft: px(0) + 6,
    measure: m,
    axisHeight,
    captionHeight: captionLines.length > 0 ? (captionLines.length + 0.6) * line : 0,
  });
  const caption = layout.caption ? captionLines : [];
  return {
    ...mirrorFor(records.edition.dir, size.width, x),
    ...{ claims, layout, end, fontSize, line, r, top, marginLeft, marginRight: margin.right },
    /** The people scale, and its pixel for a figure: the spec draws on the same scale. */
    ...{ x, px, axisHeight, caption },
    /** The notes' words: "no claims yet", and how many rows were left out. */
    notes: words.rows,
    /** How the notes are set apart: italic in English; Arabic has no italic. */
    noteStyle: records.edition.noteFontStyle,
  };
}

/**
 * How the laid-out chart is drawn in the edition's direction. Right to left it is mirrored
 * whole, as Arabic bar charts read: the layout above is made once, left to right, and the
 * spec draws each of its pixels at `mirror(x)` (x → width − x), each text with its anchor
 * swapped (`flip`), on the people scale reversed (`drawnX`: zero on the right). Left to
 * right all three are the layout's own.
 */
function mirrorFor(dir: Direction, width: number, x: Plot.Scale) {
  if (dir === "ltr") return { mirror: (px: number) => px, flip: (a: Anchor) => a, drawnX: x };
  const [r0, r1] = x.range as [number, number];
  return {
    mirror: (px: number) => width - px,
    flip: (a: Anchor): Anchor => (a === "start" ? "end" : a === "end" ? "start" : a),
    drawnX: Plot.scale({ x: { domain: x.domain, range: [width - r0, width - r1] } }),
  };
}
