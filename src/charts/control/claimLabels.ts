import { chartDate } from "../../dates.ts";
import { claimantName, claimText } from "../format.ts";
import type { TextSpot } from "../labelPlacement.ts";
import type { ChartRecords } from "../types.ts";
import type { controlView } from "./view.ts";

type Share = ReturnType<typeof controlView>["shares"][number];

/** Reported figures that say the same thing share one label: the claims that the whole
 * city was held are one group. */
export interface ClaimGroup {
  claims: Share[];
  focused: boolean;
}

const sameFigure = (a: Share, b: Share) =>
  a.value_low === b.value_low && a.value_high === b.value_high && a.open_ended === b.open_ended;

/** Consecutive claims of the same figure, in date order, as groups. */
export function claimGroups(shares: readonly Share[], focusLatest: boolean): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const claim of shares) {
    const last = groups.at(-1);
    const first = last?.claims[0];
    if (last && first && sameFigure(first, claim)) last.claims.push(claim);
    else groups.push({ claims: [claim], focused: false });
  }
  const latest = groups.at(-1);
  if (latest && focusLatest) latest.focused = true;
  return groups;
}

/**
 * "60%" over "reported, 2 Dec"; a group lists each claimant under the figure. The one-line
 * form, "60% · reported", is for a short chart (the dot's place gives the date).
 */
export function claimLines(records: ChartRecords, group: ClaimGroup, oneLine: boolean): string[] {
  const { edition } = records;
  const words = edition.control.labels;
  const [first] = group.claims as [Share, ...Share[]];
  const figure = claimText(first, edition.control.shareUnit, edition);
  const names = group.claims.map((c) => claimantName(records, c.claimant));
  if (oneLine) return [words.oneLine(figure, names)];
  const who = group.claims.map((c, i) => words.dated(names[i] ?? "", chartDate(c.date, edition)));
  return group.claims.length === 1 ? [figure, ...who] : [words.groupSaid(figure), ...who];
}

/**
 * "Claims of complete control:" over "Russian officials, 13 Dec" and the rest (one claim:
 * "Claim of complete control:"); the one-line form, "Claims of complete control: Russian
 * officials, Russian MoD", is for a short chart (the markers give the dates).
 */
export function controlClaimLines(
  records: ChartRecords,
  group: ClaimGroup,
  oneLine: boolean,
): string[] {
  const { edition } = records;
  const words = edition.control.labels;
  const names = group.claims.map((c) => claimantName(records, c.claimant));
  const dated = group.claims.map((c, i) => words.dated(names[i] ?? "", chartDate(c.date, edition)));
  const heading = words.claimHeading(group.claims.length);
  if (oneLine) return [words.claimOneLine(heading, names)];
  return [words.claimHeadingLine(heading), ...dated];
}

/** Where a figure's label may go: beside its dot, left then right, then under or over it. */
export function claimSpots(x: number, y: number): TextSpot[] {
  const gap = 9;
  return [
    { x: x - gap, y, anchor: "end" },
    { x: x + gap, y, anchor: "start" },
    { x: x - gap, y: y + 4, anchor: "end", edge: "top" },
    { x: x - gap, y: y - 4, anchor: "end", edge: "bottom" },
    { x: x + gap, y: y + 4, anchor: "start", edge: "top" },
    { x: x + gap, y: y - 4, anchor: "start", edge: "bottom" },
    { x, y: y - gap, anchor: "middle", edge: "bottom" },
    { x, y: y + gap, anchor: "middle", edge: "top" },
  ];
}
