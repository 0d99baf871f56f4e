import type * as Plot from "@observablehq/plot";
import type { EvacuationWords } from "../../locale/types.ts";
import type { Margin } from "../chartStyle.ts";
import { placeText } from "../labelPlacement.ts";
import type { Measure } from "../measure.ts";
import { textWidth } from "../textMetrics.ts";
import type { Size } from "../types.ts";
import { pauseRuns } from "./days.ts";
import type { Pause } from "./view.ts";

/**
 * The pauses' labels above the plot: on a phone every pause reads "Paused" (or "Delayed"),
 * on one row, the latest pause (the beat's news) labelled first, and a strip with no room
 * for its label is explained by its neighbours'; elsewhere up to three rows, far enough
 * apart that their letters never touch. `x` gives a pause's middle its pixel.
 */
export function pauseRows(
  pauses: readonly Pause[],
  x: Plot.Scale,
  size: Size,
  margin: Margin,
  m: Measure,
  narrow: boolean,
  words: EvacuationWords["pauses"],
) {
  const rowPitch = m.size * 1.4;
  const runs = pauseLabels(
    pauseRuns(pauses, narrow, words)
      .map((r) => ({ ...r, x: x.apply(new Date((r.start.getTime() + r.end.getTime()) / 2)) }))
      .reverse(),
    m,
    { x0: margin.left, x1: size.width - 2 },
    narrow ? 1 : 3,
    rowPitch,
  );
  const rows = runs.length ? Math.max(...runs.map((r) => r.row)) + 1 : 0;
  return { runs, rowPitch, rows };
}

/**
 * Short labels centred over their spans along the top edge, on at most `rows` rows (row 0
 * nearest the plot); a label with no room on any row is left out.
 */
export function pauseLabels<T extends { x: number; text: string }>(
  items: readonly T[],
  m: Measure,
  edge: { x0: number; x1: number },
  rows: number,
  pitch: number,
): (T & { row: number; cx: number })[] {
  const levels = Array.from({ length: Math.min(rows, items.length) }, (_, row) => row);
  const placed = placeText(
    items.map((item) => {
      const half = textWidth(item.text, m) / 2;
      const cx = Math.min(Math.max(item.x, edge.x0 + half), edge.x1 - half);
      return {
        variants: [[item.text]],
        spots: levels.map((row) => ({ x: cx, y: (row + 0.5) * pitch, anchor: "middle" as const })),
        measure: m,
        datum: item,
      };
    }),
    { x0: edge.x0 - 1, y0: 0, x1: edge.x1 + 1, y1: levels.length * pitch },
    [],
  );
  return placed.map((p) => ({ ...p.datum, row: Math.floor(p.y / pitch), cx: p.x }));
}
