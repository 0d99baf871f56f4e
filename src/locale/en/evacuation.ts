import type { EvacuationWords } from "../types.ts";
import { proseDate } from "./dates.ts";

const s = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** The evacuation chart's words in English: `src/charts/evacuation/`. */
export const evacuation: EvacuationWords = {
  title: "People evacuated from east Aleppo, by claimant",
  shortTitle: "Evacuation chart",
  // What each measure counts, as the table's reader needs it said (data/README.md).
  measures: {
    fled: "Left in a stated period",
    convoy: "In one convoy",
    cumulative: "Running total evacuated",
    remaining: "Still inside",
    planned: "Planned to leave",
    buses: "Buses",
  },
  subgroups: {
    people: "people",
    civilians: "civilians",
    children: "children",
    wounded: "wounded",
    fighters: "fighters",
    families: "families",
  },
  counted: (figure, subgroup) => `${figure} ${subgroup}`,
  table: {
    title: "Evacuation: every reported figure",
    name: "Evacuation",
    caption: "People fleeing, per convoy, running totals and still inside, with who reported them",
    columns: ["Date", "Measure", "Convoy", "Who", "Figure", "Qualifier", "Claimant"],
  },
  pauses: {
    suspended: "Suspended",
    delayed: "Delayed",
    ceasefireBroken: "Ceasefire broken",
    paused: "Paused",
  },
  describe: {
    total: (figure, date, per) => `${figure} by ${date} ${per}`,
    runningTotals: (count, list) =>
      `Running ${s(count, "total", "totals")} of people evacuated so far: ${list}`,
    fled: (figure, per, date) => `${figure} ${per} on ${date}`,
    fledInPeriod: (count, list) =>
      `People leaving in a stated period, not ${s(count, "a running total", "running totals")}: ${list}`,
    convoy: (convoy, figure) => `convoy ${convoy ?? "?"} carried ${figure}`,
    convoys: (count, list) => `${s(count, "A single convoy", "Single convoys")}: ${list}`,
    otherCounts: (list) => `Other counts of those evacuated: ${list}`,
    otherCount: (counts, date, per) => `${counts} by ${date} ${per}`,
    noFightersLeft: "no fighters were left",
    noOneLeft: "no one was left",
    ended: (said, date, per) => `${said} on ${date} ${per}`,
    ends: (list) => `Whether it was over: ${list}`,
    stillInside: (date, figure, per) => `Still inside on ${date}: ${figure} ${per}`,
    pauseSpan: (start, end) => {
      if (start === end) return `on ${proseDate(start)}`;
      const [from, to] = [proseDate(start), proseDate(end)];
      const sameMonth = start.slice(0, 7) === end.slice(0, 7);
      return `from ${sameMonth ? from.split(" ")[0] : from} to ${to}`;
    },
    pauseWhat: (underWay, ceasefireBroken) => {
      const verb = underWay ? "suspended" : "delayed";
      return ceasefireBroken ? `${verb}, with the ceasefire broken,` : verb;
    },
    pauses: (list) => `The evacuation was ${list}`,
    nothingBy: (date) => `No evacuation figures had been reported by ${date}.`,
    sentences: (sentences) => `${sentences.join(". ")}.`,
  },
  headline: {
    fled: (figure, date, per) => `${figure} fled across the lines by ${date}, ${per}`,
    evacuated: (figure, date, per, others) =>
      `${figure} evacuated by ${date}, ${per}${others > 0 ? `, and ${others} other ${s(others, "count", "counts")}` : ""}`,
    paused: "evacuation paused",
    nothingYet: "no evacuation figures reported yet",
  },
  labels: {
    named: (name, figure) => `${name}: ${figure}`,
    who: (name) => `(${name})`,
    stillInside: "Still inside:",
    stillInsideOn: (date) => `Still inside on ${date}:`,
    stillInsideDated: (date) => `Still inside, ${date}:`,
    fled: (figure) => `${figure} fled`,
    convoy: (convoy, figure) => `Convoy ${convoy ?? ""}: ${figure}`,
    convoyHeading: (convoy) => `Convoy ${convoy ?? ""}:`,
    soFar: "evacuated so far",
    noFightersLeft: "no fighters left",
    noOneLeft: "no one left",
    saidBy: (said, names) => `${said} (${names.join(", ")})`,
    onDay: (date, claims) => [[`${date}: ${claims.join("; ")}`], [`${date}:`, ...claims]],
    others: (who, phrases) => [
      [`${who}: ${phrases.join(", ")}`],
      [`${who}:`, phrases.join(", ")],
      [`${who}:`, ...phrases],
    ],
    dated: (name, date) => `${name}, ${date}`,
    clauses: (parts) => parts.join("; "),
  },
};
