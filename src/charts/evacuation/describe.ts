import { proseDate } from "../../dates.ts";
import { claimantInProse, claimText } from "../format.ts";
import { joinNames } from "../list.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { evacuationView, type Pause } from "./view.ts";

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
