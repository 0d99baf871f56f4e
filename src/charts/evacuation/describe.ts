import { proseDate } from "../../dates.ts";
import { claimantInProse, claimText, dataText, type Reported } from "../format.ts";
import { joinNames } from "../list.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { counted } from "./counted.ts";
import { evacuationView, type OtherCount } from "./view.ts";

/** The latest figure of each kind the chart shows, each with its claimant, side by side. */
export function describeEvacuation(records: ChartRecords, state: GraphicState): string {
  const { edition } = records;
  const words = edition.evacuation.describe;
  const view = evacuationView(records, state);
  const date = (iso: string) => proseDate(iso, edition);
  const list = (items: readonly string[]) => joinNames(items, edition);
  const name = (id: string) => perInProse(records, id);
  /** A figure, " civilians" after it where the count is of civilians alone. */
  const civilians = (r: Reported & { subgroup: string }) => {
    const figure = claimText(r, "", edition);
    return r.subgroup === "civilians" ? counted(records, figure, r.subgroup) : figure;
  };
  const sentences: string[] = [];
  const totals = view.totals.map((s) => {
    const p = s.points.at(-1) as (typeof s.points)[number];
    return words.total(civilians(p), date(p.date), name(s.claimant));
  });
  if (totals.length) sentences.push(words.runningTotals(totals.length, list(totals)));
  if (view.fled.length) {
    const fled = view.fled.map((r) => words.fled(civilians(r), name(r.claimant), date(r.date)));
    sentences.push(words.fledInPeriod(fled.length, list(fled)));
  }
  if (view.convoys.length) {
    const convoys = view.convoys.map((r) => words.convoy(r.convoy, claimText(r, "", edition)));
    sentences.push(words.convoys(convoys.length, list(convoys)));
  }
  if (view.others.length) sentences.push(words.otherCounts(otherCounts(records, view.others)));
  if (view.ends.length) {
    const ends = view.ends.map((r) => {
      const said =
        r.high === 0
          ? r.subgroup === "fighters"
            ? words.noFightersLeft
            : words.noOneLeft
          : (dataText(records, r.qualifier) ?? "");
      return words.ended(said, date(r.date), name(r.claimant));
    });
    sentences.push(words.ends(list(ends)));
  }
  const remaining = view.remaining.at(-1);
  if (remaining) {
    const figure = claimText(remaining, "", edition);
    sentences.push(words.stillInside(date(remaining.date), figure, name(remaining.claimant)));
  }
  if (view.pauses.length) {
    const broken = edition.evacuation.pauses.ceasefireBroken;
    const pauses = view.pauses.map(
      (p) =>
        `${words.pauseWhat(p.underWay, p.label === broken)} ${words.pauseSpan(p.start, p.end)}`,
    );
    sentences.push(words.pauses(list(pauses)));
  }
  if (sentences.length === 0) return words.nothingBy(date(state.date));
  return words.sentences(sentences);
}

/** "per the Red Cross", or "as reported" where the source names no claimant. */
function perInProse(records: ChartRecords, id: string): string {
  const { common } = records.edition;
  const who = claimantInProse(records, id);
  return who === "reported" ? common.asReported : common.perClaimant(who);
}

/** "much lower and 0 fighters by 16 December per rebel officials": a claimant's day told once. */
function otherCounts(records: ChartRecords, others: readonly OtherCount[]): string {
  const { edition } = records;
  return joinNames(
    others.map((g) => {
      const counts = g.reports.map((r) => {
        const figure =
          r.low !== undefined && r.high !== undefined
            ? claimText({ ...r, low: r.low, high: r.high }, "", edition)
            : (dataText(records, r.qualifier) ?? "");
        return r.subgroup === "people" ? figure : counted(records, figure, r.subgroup);
      });
      const per = perInProse(records, g.claimant);
      return edition.evacuation.describe.otherCount(
        joinNames(counts, edition),
        proseDate(g.date, edition),
        per,
      );
    }),
    edition,
  );
}
