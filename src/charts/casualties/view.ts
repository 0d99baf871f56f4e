import type { CasualtyClaim } from "../../data/datasets/casualties.ts";
import { en } from "../../locale/en.ts";
import type { CasualtyStateName as StateName, CasualtyWords as Words } from "../../locale/types.ts";
import { stateEntry, viewOnce } from "../chartState.ts";
import type { ChartRecords, GraphicState, Numbered as NumberedRecord } from "../types.ts";
import { CASUALTY_STATES, type CasualtyState } from "./states.ts";

export const casualtyState = (name: string): CasualtyState =>
  stateEntry<CasualtyState>("casualties", CASUALTY_STATES, name);

/** Who a claim counts, as the chart, its description and the data table name them. */
export function groupName(group: CasualtyClaim["group"], words: Words = en.casualties): string {
  return words.groups[group];
}

/** What happened to them: "killed", "executed (alleged)". */
export function kindName(kind: CasualtyClaim["kind"], words: Words = en.casualties): string {
  return words.kinds[kind];
}

/** Kinds whose words already say who did it. */
const NAMES_ACTOR = new Set<CasualtyClaim["kind"]>(["arrested-by-rebels"]);

/** Who did it, as a data table names them: "government forces", "booby traps". */
export function inflictedByName(
  by: NonNullable<CasualtyClaim["inflicted_by"]>,
  words: Words = en.casualties,
): string {
  return words.by[by].name;
}

const BY_FIRE = new Set(["killed", "wounded", "injured"]);

/**
 * "Civilians killed by rebel fire", "Civilians executed (alleged) by government forces";
 * where the source gives no side, "Killed (side not given)".
 */
export function claimSubject(
  c: CasualtyClaim,
  short = false,
  words: Words = en.casualties,
): string {
  const by =
    c.inflicted_by && !NAMES_ACTOR.has(c.kind)
      ? words.by[c.inflicted_by][BY_FIRE.has(c.kind) ? "fire" : "act"]
      : "";
  const kind = words.kinds[c.kind];
  const who =
    c.group === "not-given"
      ? [`${kind.charAt(0).toUpperCase()}${kind.slice(1)}`, words.sideNotGiven]
      : [words.groups[c.group], kind];
  return words.subject(
    [...who, by].filter(Boolean).map((part) => (short ? (words.short[part] ?? part) : part)),
  );
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
  return { config, claims, about: records.edition.casualties.about[state.state as StateName] };
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
