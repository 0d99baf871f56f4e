import { chartDate } from "../../dates.ts";
import { en } from "../../locale/en.ts";
import type { Edition } from "../../locale/types.ts";
import { side } from "../../styles/tokens.ts";
import { LINE_HEIGHT } from "../chartStyle.ts";
import { type Box, type PlacedText, placeText } from "../labelPlacement.ts";
import type { Measure } from "../measure.ts";
import { textWidth } from "../textMetrics.ts";
import { balancedWrap, item, type MapText, STYLE_WEIGHT, titleFontSize } from "./labels.ts";

// The legend's words are the edition's (`Edition.map.legend`), in this order.
const STATUSES = ["government", "rebel", "sdf", "contested", "split"] as const;
export type Status = (typeof STATUSES)[number];

export const FILL = {
  government: side.government,
  rebel: side.rebel,
  sdf: side.sdf,
  contested: side.contested,
  /** Government forces' colour; the SDF's half is drawn over it (spec.ts). */
  split: side.government,
} as const;

/** A legend row's pitch: a line of its text and a little more, so swatches never touch. */
const legendRow = (fontSize: number) => fontSize + 3;
/** The swatch is a square this wide at the start of its row. */
const SWATCH = 11;
/** The swatch's radius as spec.ts draws it (Plot's square of that radius). */
export const SWATCH_R = 5.5;

/**
 * The narrow column on the left of the map (on the right, right to left): its date, the note that positions are
 * approximate, and the legend, its text at the map's label size and the date a step
 * larger. Its width is known first, so the cells can be fitted beside it; it is placed
 * once they are.
 */
export function legendColumn(date: string, wide: boolean, m: Measure, edition: Edition = en) {
  const words = edition.map.legend;
  const legendText = (s: Status) =>
    !wide ? words.short[s] : s === "contested" ? words.contested : words.status[s];
  const title = words.date(chartDate(date, edition));
  const fontSize = m.size;
  const titleSize = titleFontSize(fontSize);
  const titled = { ...m, size: titleSize, weight: STYLE_WEIGHT.date };
  const row = legendRow(fontSize);
  const note = balancedWrap(words.note, m, wide ? 2 : 3);
  const width = Math.max(
    SWATCH + 6 + Math.max(...STATUSES.map((s) => textWidth(legendText(s), m))),
    textWidth(title, titled),
    ...note.map((l) => textWidth(l, m)),
  );

  /**
   * The column's text, clear of the cells' bounds, and the swatches beside the legend; on
   * the frame's reading side (the right, right to left, each swatch to its text's right).
   */
  const place = (frame: Box, inset: number, cells: Box) => {
    const rtl = edition.dir === "rtl";
    // Where text flush with the edge is anchored (a text box has a pixel spare).
    const flush = rtl ? frame.x1 - 1 : inset + 1;
    const anchor = rtl ? "end" : "start";
    const toward = rtl ? -1 : 1;
    const texts: PlacedText<MapText>[] = placeText<MapText>(
      [
        item([[title]], [{ x: flush, y: inset, anchor, edge: "top" }], "date", titled),
        item(
          [note],
          [{ x: flush, y: inset + titleSize * LINE_HEIGHT + 2, anchor, edge: "top" }],
          "note",
          m,
        ),
        ...STATUSES.map((status, i) => ({
          ...item(
            [[legendText(status)]],
            [
              {
                x: flush + toward * (SWATCH + 5),
                y: frame.y1 - (STATUSES.length - i - 0.5) * row,
                anchor,
              },
            ],
            "legend",
            m,
          ),
          datum: { style: "legend" as const, status },
        })),
      ],
      frame,
      [cells],
    );
    const swatches = texts.flatMap((t) =>
      t.datum.status ? [{ status: t.datum.status, x: flush + (toward * SWATCH) / 2, y: t.y }] : [],
    );
    const r = SWATCH / 2 + 1;
    const boxes = swatches.map(({ x, y }) => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }));
    return { texts, swatches, boxes };
  };
  return { width, place };
}
