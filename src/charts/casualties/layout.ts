import { isNarrow } from "../chartStyle.ts";
import { formatNumber } from "../format.ts";
import { hasFigure } from "../hasFigure.ts";
import { spacingWidth, wrapWords } from "../textMetrics.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { rowLabel, rowValue, wordingOf } from "./claimWords.ts";
import { type RowText, rowFontSize, rowLine, stackRows } from "./rows.ts";
import { MIXED_CAPTION, SCOPE_WORDS, scopesOf } from "./scope.ts";
import { casualtyView, type Numbered } from "./view.ts";

/** How far an open-ended range's arrow reaches past its figure, as a share of the axis. */
const OPEN_END = 0.08;

/** What the caption over the rows says: the stretch of time their figures cover. */
export function scopeCaption(claims: readonly Numbered[]): string {
  const scopes = scopesOf(claims);
  const [only] = scopes;
  return scopes.length === 1 && only ? SCOPE_WORDS[only].caption : MIXED_CAPTION;
}

/**
 * The rows of a state placed on a canvas of the given size, in pixels, with the axis they
 * sit on: the spec draws exactly this, and the tests check it for clashes.
 */
export type CasualtyRows = ReturnType<typeof casualtyRows>;

export function casualtyRows(records: ChartRecords, state: GraphicState, size: Size) {
  const { claims } = casualtyView(records, state);
  const numbered = claims.filter(hasFigure);
  const max = Math.max(10, ...numbered.map((c) => c.high));
  const domainMax = niceCeil(max * (1 + OPEN_END + 0.04));
  const narrow = isNarrow(size);
  const fontSize = rowFontSize(size);
  const line = rowLine(fontSize);
  const r = Math.round(fontSize * 0.4 * 2) / 2;
  const top = 6;
  const marginLeft = 8;
  // The last axis number is centred on the axis's end: room for half of it.
  const marginRight =
    (narrow ? 16 : 24) + Math.ceil(spacingWidth(formatNumber(domainMax), fontSize) / 2);
  const px = (x: number) => marginLeft + (x / domainMax) * (size.width - marginLeft - marginRight);
  const end = (c: Numbered) => c.high + (c.open_ended ? domainMax * OPEN_END : 0);
  const wording = wordingOf(claims);
  const said = numbered.length > 0 ? scopeCaption(numbered) : "";
  const captionLines = said ? wrapWords(said, fontSize, size.width - marginLeft) : [];
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
    fontSize,
    axisHeight,
    captionHeight: captionLines.length > 0 ? (captionLines.length + 0.6) * line : 0,
  });
  const caption = layout.caption ? captionLines : [];
  return {
    ...{ claims, layout, domainMax, end, fontSize, line, r, top, marginLeft, marginRight, px },
    ...{ axisHeight, caption },
  };
}

/** A round axis end at or above n. */
function niceCeil(n: number): number {
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= n) ?? 10;
  return step * power;
}
