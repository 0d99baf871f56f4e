import type { CasualtyClaim } from "../../data/datasets/casualties.ts";
import { stateEntry, viewOnce } from "../chartState.ts";
import type { ChartRecords, GraphicState, Numbered as NumberedRecord } from "../types.ts";
import { CASUALTY_STATES, type CasualtyState } from "./states.ts";

export const casualtyState = (name: string): CasualtyState =>
  stateEntry<CasualtyState>("casualties", CASUALTY_STATES, name);

const GROUP = {
  civilians: "Civilians",
  rebels: "Rebels",
  "government-forces": "Government side",
  "russian-military": "Russian military",
  sdf: "SDF",
  all: "People",
  children: "Children",
  pows: "Army prisoners",
  "not-given": "Side not given",
} as const;

/** Who a claim counts, as the chart, its description and the data table name them. */
export function groupName(group: CasualtyClaim["group"]): string {
  return GROUP[group];
}

/** What happened to them: "killed", "executed (alleged)". */
export function kindName(kind: CasualtyClaim["kind"]): string {
  return KIND[kind];
}

const KIND = {
  killed: "killed",
  wounded: "wounded",
  captured: "captured",
  surrendered: "surrendered",
  "executed-alleged": "executed (alleged)",
  injured: "injured",
  "arrested-by-rebels": "arrested by other rebels",
} as const;

/** Kinds whose words already say who did it. */
const NAMES_ACTOR = new Set<CasualtyClaim["kind"]>(["arrested-by-rebels"]);

/** Who did it, worded for deaths by fire and for everything else. */
const BY = {
  government: { fire: "by government fire", act: "by government forces" },
  "pro-government": { fire: "by pro-government fire", act: "by pro-government forces" },
  rebels: { fire: "by rebel fire", act: "by rebels" },
  militias: { fire: "by militia fire", act: "by militias" },
  "booby-traps": { fire: "by booby traps", act: "by booby traps" },
} as const;

/** Who did it, as a data table names them: "government forces", "booby traps". */
export function inflictedByName(by: keyof typeof BY): string {
  return BY[by].act.replace(/^by /, "");
}

const BY_FIRE = new Set(["killed", "wounded", "injured"]);

/** The same words, shortened for a phone's width. */
const SHORT: Record<string, string> = {
  "Government side": "Gov't side",
  "Russian military": "Russian mil.",
  "by government fire": "by gov't fire",
  "by government forces": "by gov't forces",
  "by pro-government fire": "by pro-gov't fire",
  "by pro-government forces": "by pro-gov't forces",
};

/**
 * "Civilians killed by rebel fire", "Civilians executed (alleged) by government forces";
 * where the source gives no side, "Killed (side not given)".
 */
export function claimSubject(c: CasualtyClaim, short = false): string {
  const by =
    c.inflicted_by && !NAMES_ACTOR.has(c.kind)
      ? BY[c.inflicted_by][BY_FIRE.has(c.kind) ? "fire" : "act"]
      : "";
  const kind = KIND[c.kind];
  const who =
    c.group === "not-given"
      ? [`${kind.charAt(0).toUpperCase()}${kind.slice(1)}`, "(side not given)"]
      : [GROUP[c.group], kind];
  return [...who, by]
    .filter(Boolean)
    .map((words) => (short ? (SHORT[words] ?? words) : words))
    .join(" ");
}

/**
 * The state's entry and the claims it shows, dated no later than the beat, in file order, except that a
 * claim disputing another comes straight after it, so a denial sits beside its claim.
 */
export const casualtyView = viewOnce((records: ChartRecords, state: GraphicState) => {
  const config = casualtyState(state.state);
  const all = records.data.casualties;
  const shown = all.filter((c) => config.show(c, all) && c.date <= state.date);
  const claims: CasualtyClaim[] = [];
  for (const claim of shown) {
    if (claim.disputes && shown.some((c) => c.id === claim.disputes)) continue;
    claims.push(claim, ...shown.filter((c) => c.disputes === claim.id));
  }
  return { config, claims };
});

/** A claim that gives a figure (a denial or a "dozens" gives none). */
export type Numbered = NumberedRecord<CasualtyClaim>;

/** The larger figure a claim is a part of, if the file has it. */
export function wholeOf(records: ChartRecords, c: CasualtyClaim): CasualtyClaim | undefined {
  return c.part_of === undefined
    ? undefined
    : records.data.casualties.find((w) => w.id === c.part_of);
}

/** Where the source leaves a figure's attribution open, the label says so. */
export function isUnclear(records: ChartRecords, c: CasualtyClaim): boolean {
  return records.unclearClaims.includes(c.id);
}
