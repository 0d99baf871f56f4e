import { proseDate } from "../../dates.ts";
import { claimantInProse, claimText } from "../format.ts";
import { joinNames } from "../list.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { evacuationView, type OtherCount, type Pause } from "./view.ts";

/** The latest figure of each kind the chart shows, each with its claimant, side by side. */
export function describeEvacuation(records: ChartRecords, state: GraphicState): string {
  const view = evacuationView(records, state);
  const name = (id: string) => {
    const who = claimantInProse(records, id);
    return who === "reported" ? "as reported" : `per ${who}`;
  };
  const sentences: string[] = [];
  const totals = view.totals.map((s) => {
    const p = s.points.at(-1) as (typeof s.points)[number];
    const civilians = p.subgroup === "civilians" ? " civilians" : "";
    return `${claimText(p)}${civilians} by ${proseDate(p.date)} ${name(s.claimant)}`;
  });
  if (totals.length)
    sentences.push(
      `Running ${totals.length === 1 ? "total" : "totals"} of people evacuated so far: ${joinNames(totals)}`,
    );
  if (view.fled.length) {
    const fled = view.fled.map(
      (r) =>
        `${claimText(r)}${r.subgroup === "civilians" ? " civilians" : ""} ${name(r.claimant)} on ${proseDate(r.date)}`,
    );
    sentences.push(
      `People leaving in a stated period, not ${fled.length === 1 ? "a running total" : "running totals"}: ${joinNames(fled)}`,
    );
  }
  if (view.convoys.length) {
    const convoys = view.convoys.map((r) => `convoy ${r.convoy ?? "?"} carried ${claimText(r)}`);
    sentences.push(
      `${convoys.length === 1 ? "A single convoy" : "Single convoys"}: ${joinNames(convoys)}`,
    );
  }
  if (view.others.length)
    sentences.push(`Other counts of those evacuated: ${otherCounts(records, view.others)}`);
  if (view.ends.length) {
    const ends = view.ends.map((r) => {
      const said =
        r.high === 0
          ? r.subgroup === "fighters"
            ? "no fighters were left"
            : "no one was left"
          : (r.qualifier ?? "");
      return `${said} on ${proseDate(r.date)} ${name(r.claimant)}`;
    });
    sentences.push(`Whether it was over: ${joinNames(ends)}`);
  }
  const remaining = view.remaining.at(-1);
  if (remaining) {
    sentences.push(
      `Still inside on ${proseDate(remaining.date)}: ${claimText(remaining)} ${name(remaining.claimant)}`,
    );
  }
  if (view.pauses.length) {
    const when = (p: Pause) => {
      if (p.start === p.end) return `on ${proseDate(p.start)}`;
      const [from, to] = [proseDate(p.start), proseDate(p.end)];
      const sameMonth = p.start.slice(0, 7) === p.end.slice(0, 7);
      return `from ${sameMonth ? from.split(" ")[0] : from} to ${to}`;
    };
    const what = (p: Pause) => {
      const verb = p.underWay ? "suspended" : "delayed";
      return p.label === "Ceasefire broken" ? `${verb}, with the ceasefire broken,` : verb;
    };
    sentences.push(
      `The evacuation was ${joinNames(view.pauses.map((p) => `${what(p)} ${when(p)}`))}`,
    );
  }
  if (sentences.length === 0)
    return `No evacuation figures had been reported by ${proseDate(state.date)}.`;
  return `${sentences.join(". ")}.`;
}

/** "much lower and 0 fighters by 16 December per rebel officials": a claimant's day told once. */
function otherCounts(records: ChartRecords, others: readonly OtherCount[]): string {
  return joinNames(
    others.map((g) => {
      const counts = g.reports.map((r) => {
        const figure =
          r.low !== undefined && r.high !== undefined
            ? claimText({ ...r, low: r.low, high: r.high })
            : (r.qualifier ?? "");
        return r.subgroup === "people" ? figure : `${figure} ${r.subgroup}`;
      });
      const who = claimantInProse(records, g.claimant);
      return `${joinNames(counts)} by ${proseDate(g.date)} ${who === "reported" ? "as reported" : `per ${who}`}`;
    }),
  );
}
