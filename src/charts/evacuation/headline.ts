import { compareDates, proseDate } from "../../dates.ts";
import { claimText } from "../format.ts";
import { perClaimant } from "../headline.ts";
import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { evacuationView } from "./view.ts";

/** What the evacuation chart shows at a beat: the newest figure it draws, with who gave
 * it, and whether the evacuation was paused that day. */
export function evacuationHeadline(records: ChartRecords, state: GraphicState): Headline {
  const { edition } = records;
  const words = edition.evacuation.headline;
  const view = evacuationView(records, state);
  const parts: string[] = [];
  const fled = view.fled.at(-1);
  const latest = view.totals
    .map((s) => ({ claimant: s.claimant, point: s.points.at(-1) }))
    .filter((t) => t.point !== undefined)
    .sort((a, b) => compareDates(a.point?.date ?? "", b.point?.date ?? ""))
    .at(-1);
  if (fled && (!latest?.point || fled.date >= latest.point.date)) {
    const figure = claimText(fled, "", edition);
    const per = perClaimant(records, fled.claimant);
    parts.push(words.fled(figure, proseDate(fled.date, edition), per));
  } else if (latest?.point) {
    const p = latest.point;
    const per = perClaimant(records, latest.claimant);
    const others = view.totals.length - 1;
    parts.push(words.evacuated(claimText(p, "", edition), proseDate(p.date, edition), per, others));
  }
  if (view.pauses.some((p) => p.start <= state.date && state.date <= p.end))
    parts.push(words.paused);
  return {
    on: proseDate(state.date, edition),
    parts: parts.length ? parts : [words.nothingYet],
  };
}
