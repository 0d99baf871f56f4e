import { chartDate } from "../../dates.ts";
import { claimantName, formatClaim } from "../format.ts";
import { type LabelCandidate, labelSize } from "../labelPlacement.ts";
import type { ChartRecords } from "../types.ts";
import type { controlView } from "./spec.ts";

type Share = ReturnType<typeof controlView>["shares"][number];

/** Reported shares that say the same thing (all four "100%" claims) share one label. */
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
 * "60%" over "reported, 2 Dec"; a group lists each claimant under the figure. Where the
 * chart is short, one line: "60% · reported" (the dot's place gives the date).
 */
export function claimText(records: ChartRecords, group: ClaimGroup, short: boolean): string {
  const [first] = group.claims as [Share, ...Share[]];
  const figure = formatClaim(
    first.value_low,
    first.value_high,
    first.open_ended,
    first.qualifier,
    "%",
  );
  const names = group.claims.map((c) => claimantName(records, c.claimant));
  if (short) return `${figure} · ${names.join(", ")}`;
  const who = group.claims.map((c, i) => `${names[i]}, ${chartDate(c.date)}`);
  return group.claims.length === 1 ? `${figure}\n${who[0]}` : `${figure}, said:\n${who.join("\n")}`;
}

/** A group's label as a candidate for placement: beside its first dot, left, right, then round it. */
export function claimCandidate(
  group: ClaimGroup,
  [x, y]: [number, number],
  text: string,
  fontSize: number,
): LabelCandidate<ClaimGroup> {
  const { h } = labelSize(text, fontSize);
  const gap = 9;
  const below = y + h / 2 + 4;
  const above = y - h / 2 - 4;
  return {
    x,
    y,
    text,
    datum: group,
    spots: [
      [x - gap, y, "end"],
      [x + gap, y, "start"],
      [x - gap, below, "end"],
      [x - gap, above, "end"],
      [x + gap, below, "start"],
      [x + gap, above, "start"],
      [x, y - h / 2 - gap, "middle"],
      [x, y + h / 2 + gap, "middle"],
    ],
  };
}
