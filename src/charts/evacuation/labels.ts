import type { TotalSubgroup } from "../../data/cumulativeEvacuation.ts";
import type { EvacuationReport } from "../../data/datasets/evacuation.ts";
import { chartDate } from "../../dates.ts";
import { en } from "../../locale/en.ts";
import type { Edition, EvacuationWords } from "../../locale/types.ts";
import { ink } from "../../styles/tokens.ts";
import { claimantStyle } from "../claimantStyle.ts";
import { claimantName, dataText, figureText } from "../format.ts";
import type { Mark } from "../labelPlacement.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { counted } from "./counted.ts";
import type { evacuationView, Numbered, OtherCount } from "./view.ts";

export type LabelKind = "total" | "value" | "remaining" | "fled" | "convoy" | "other" | "end";
export interface LabelDatum {
  kind: LabelKind;
  colour: string;
  /** The reports the label names; their marks are drawn only if the label is. */
  keys: object[];
}

/** What a label says and what it names (none: a note, set in a corner). */
export interface LabelRequest {
  target?: Mark;
  /** A note about a day that names no mark goes by that day. */
  day?: string;
  variants: string[][];
  datum: LabelDatum;
}

/** A point of a claimant's running total, with its claimant. */
export type TotalPoint = ReturnType<typeof evacuationView>["totals"][number]["points"][number] & {
  claimant: string;
};

/** Where each kind of report is drawn, in pixels, for its label to name. */
export interface ReportMarks {
  total: (p: TotalPoint) => Mark;
  fled: (r: Numbered) => Mark;
  remaining: (r: Numbered) => Mark;
  /** A day's convoys of one claimant, as one mark round them all. */
  convoys: (group: readonly Numbered[]) => Mark;
  other: (r: Numbered) => Mark;
}

/** What the labels are made from: the view and the reports it draws. */
export interface Shown {
  view: ReturnType<typeof evacuationView>;
  totals: readonly TotalPoint[];
  /** Each claimant's latest total, in the series' order. */
  latest: ReadonlyMap<string, TotalPoint>;
  remaining: readonly Numbered[];
  /** Counts of people still inside written as notes, not drawn. */
  notes: readonly Numbered[];
}

/** A claimant's name, as it reads in a label and where it begins one, and the words. */
interface Names {
  name: (id: string) => string;
  lead: (id: string) => string;
  records: ChartRecords;
  words: EvacuationWords["labels"];
}

/**
 * Every label the chart asks for, most important first: the beat's own reports, then each
 * series' latest total, notes on people still inside, the rest of the reports, the earlier
 * points of each series, and last the other counts and the claims that it was over.
 */
export function labelRequests(
  records: ChartRecords,
  state: GraphicState,
  shown: Shown,
  marks: ReportMarks,
): LabelRequest[] {
  const name = (id: string) => claimantName(records, id);
  /** The claimant's name where it begins a label. */
  const words = records.edition.evacuation.labels;
  const names = { name, lead: (id: string) => capitalised(name(id)), records, words };
  const figure = (r: Numbered | TotalPoint) => figureText(r, "", records.edition);
  const requests: LabelRequest[] = [
    ...latestTotalRequests(shown, names, marks),
    ...stillInsideRequests(shown, names, marks),
    ...fledRequests(shown.view.fled, names, marks),
    ...convoyRequests(shown.view.convoys, names, marks),
    // Earlier reports in a claimant's series, named: a pause may part them from the latest.
    ...shown.totals
      .filter((p) => shown.latest.get(p.claimant) !== p)
      .map((p) => ({
        target: marks.total(p),
        variants: [
          [words.named(names.lead(p.claimant), figure(p))],
          [names.lead(p.claimant), figure(p)],
        ],
        datum: { kind: "value" as const, colour: colour(p.claimant), keys: [p] },
      })),
    ...otherCountRequests(shown.view.others, names, marks),
    ...endClaimRequests(shown.view.ends, names),
  ];
  // What the beat is about (the reports of its own date) is labelled before anything else.
  const news = (r: LabelRequest) =>
    r.datum.keys.some((k) => (k as { date: string }).date === state.date);
  return [...requests.filter(news), ...requests.filter((r) => !news(r))];
}

const colour = (id: string) => claimantStyle(id).colour;

/** Each series' latest total, named by its claimant. */
function latestTotalRequests(
  { view, latest }: Shown,
  { name, lead, records, words }: Names,
  marks: ReportMarks,
) {
  return [...latest].map(([claimant, p]): LabelRequest => {
    const value = figureText(p, "", records.edition);
    return {
      target: marks.total(p),
      variants: view.config.totalsSaySoFar
        ? runningTotalVariants(value, p.subgroup, name(claimant), records.edition)
        : [[words.named(lead(claimant), value)], [lead(claimant), value]],
      datum: { kind: "total", colour: colour(claimant), keys: [p] },
    };
  });
}

/** People still inside: a note where the count is too high to draw, else by its mark. */
function stillInsideRequests(
  { remaining, notes }: Shown,
  { name, records, words }: Names,
  marks: ReportMarks,
): LabelRequest[] {
  const { edition } = records;
  const figure = (r: Numbered) => figureText(r, "", edition);
  const datum = (r: Numbered) => ({ kind: "remaining" as const, colour: ink.text, keys: [r] });
  return [
    ...notes.map((r) => {
      const when = words.stillInsideOn(chartDate(r.date, edition));
      const who = words.who(name(r.claimant));
      return {
        variants: [
          [`${when} ${figure(r)} ${who}`],
          [when, `${figure(r)} ${who}`],
          [when, figure(r), who],
          [words.stillInsideDated(chartDate(r.date, edition)), figure(r), who],
        ],
        datum: datum(r),
      };
    }),
    ...remaining.map((r) => {
      const who = words.who(name(r.claimant));
      const still = words.stillInside;
      return {
        target: marks.remaining(r),
        variants: [
          [`${still} ${figure(r)} ${who}`],
          [`${still} ${figure(r)}`, who],
          [still, `${figure(r)} ${who}`],
          [still, figure(r), who],
        ],
        datum: datum(r),
      };
    }),
  ];
}

/** People who fled on their own, by their mark. */
function fledRequests(
  fled: readonly Numbered[],
  { name, records, words }: Names,
  marks: ReportMarks,
) {
  return fled.map((r): LabelRequest => {
    const value = words.fled(figureText(r, "", records.edition));
    const who = words.who(name(r.claimant));
    return {
      target: marks.fled(r),
      variants: [[`${value} ${who}`], [value, who]],
      datum: { kind: "fled", colour: ink.text, keys: [r] },
    };
  });
}

/** Convoys of one day and one claimant share a label, a line each, and the claimant once. */
function convoyRequests(
  convoys: readonly Numbered[],
  { name, records, words }: Names,
  marks: ReportMarks,
) {
  const figure = (r: Numbered) => figureText(r, "", records.edition);
  const groups = new Map<string, Numbered[]>();
  for (const r of [...convoys].sort((a, b) => (a.convoy ?? 0) - (b.convoy ?? 0))) {
    const key = `${r.date} ${r.claimant}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((group): LabelRequest => {
    const first = group[0] as Numbered;
    const each = group.map((r) => words.convoy(r.convoy, figure(r)));
    const who = words.who(name(first.claimant));
    return {
      target: marks.convoys(group),
      variants: [
        [`${words.clauses(each)} ${who}`],
        [...each, who],
        ...(group.length === 1 ? [[words.convoyHeading(first.convoy), figure(first), who]] : []),
      ],
      datum: { kind: "convoy", colour: ink.muted, keys: group },
    };
  });
}

/**
 * A total's label where it could be taken for one day's flight: "10,500 evacuated so far
 * (Russian officials)", "nearly 10,000 civilians evacuated so far (reported)", whole or
 * broken over lines.
 */
export function runningTotalVariants(
  value: string,
  subgroup: TotalSubgroup,
  who: string,
  edition: Edition = en,
): string[][] {
  const { evacuation } = edition;
  const { soFar } = evacuation.labels;
  const counted =
    subgroup === "civilians" ? evacuation.counted(value, evacuation.subgroups.civilians) : value;
  const by = evacuation.labels.who(who);
  return [[`${counted} ${soFar} ${by}`], [`${counted} ${soFar}`, by], [counted, soFar, by]];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "3,400 fighters", "much lower", "all civilians": one report of a count beside the totals. */
function countPhrase(records: ChartRecords, r: EvacuationReport): string {
  const figure =
    r.low !== undefined && r.high !== undefined
      ? figureText({ ...r, low: r.low, high: r.high }, "", records.edition)
      : (dataText(records, r.qualifier) ?? "");
  return r.subgroup === "people" ? figure : counted(records, figure, r.subgroup);
}

/**
 * A claimant's other counts of a day, "Russian MoD: all civilians, 3,400 fighters", by the
 * mark of the count with a number, or as a note by its day, dated, where none has one.
 */
function otherCountRequests(
  others: readonly OtherCount[],
  { lead: name, records, words }: Names,
  marks: ReportMarks,
): LabelRequest[] {
  return others.map((group) => {
    const phrases = group.reports.map((r) => countPhrase(records, r));
    const who = group.point
      ? name(group.claimant)
      : words.dated(name(group.claimant), chartDate(group.date, records.edition));
    return {
      ...(group.point ? { target: marks.other(group.point) } : { day: group.date }),
      variants: words.others(who, phrases).map((lines) => [...lines]),
      datum: {
        kind: "other" as const,
        colour: claimantStyle(group.claimant).colour,
        keys: [group.point ?? group],
      },
    };
  });
}

/** Who said, each day, that no one was left inside, or that people were still leaving. */
function endClaimRequests(
  ends: readonly EvacuationReport[],
  { name, records, words }: Names,
): LabelRequest[] {
  const days = new Map<string, Map<string, string[]>>();
  for (const r of ends) {
    const said =
      r.high === 0
        ? r.subgroup === "fighters"
          ? words.noFightersLeft
          : words.noOneLeft
        : (dataText(records, r.qualifier) ?? "");
    const day = days.get(r.date) ?? new Map<string, string[]>();
    day.set(said, [...(day.get(said) ?? []), name(r.claimant)]);
    days.set(r.date, day);
  }
  return [...days].map(([date, claims]) => {
    const each = [...claims].map(([said, who]) => words.saidBy(said, who));
    return {
      day: date,
      variants: words.onDay(chartDate(date, records.edition), each).map((lines) => [...lines]),
      datum: { kind: "end" as const, colour: ink.text, keys: [claims] },
    };
  });
}
