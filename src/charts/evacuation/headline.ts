import { compareDates, proseDate } from "../../dates.ts";
import { claimText } from "../format.ts";
import { perClaimant } from "../headline.ts";
import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { evacuationView } from "./view.ts";

/** What the evacuation chart shows at a beat: the newest figure it draws, with who gave
 * it, and whether the evacuation was paused that day. */
export function evacuationHeadline(records: ChartRecords, state: GraphicState): Headline {
  const view = evacuationView(records, state);
  const parts: string[] = [];
  const fled = view.fled.at(-1);
  const latest = view.totals
    .map((s) => ({ claimant: s.claimant, point: s.points.at(-1) }))
    .filter((t) => t.point !== undefined)
    .sort((a, b) => compareDates(a.point?.date ?? "", b.point?.date ?? ""))
    .at(-1);
  if (fled && (!latest?.point || fled.date >= latest.point.date)) {
    parts.push(
      `${claimText(fled)} fled across the lines by ${proseDate(fled.date)}, ${perClaimant(records, fled.claimant)}`,
    );
  } else if (latest?.point) {
    const p = latest.point;
    const others = view.totals.length - 1;
    parts.push(
      `${claimText(p)} evacuated by ${proseDate(p.date)}, ${perClaimant(records, latest.claimant)}${others > 0 ? `, and ${others} other ${others === 1 ? "count" : "counts"}` : ""}`,
    );
  }
  if (view.pauses.some((p) => p.start <= state.date && state.date <= p.end))
    parts.push("evacuation paused");
  return {
    on: proseDate(state.date),
    parts: parts.length ? parts : ["no evacuation figures reported yet"],
  };
}
