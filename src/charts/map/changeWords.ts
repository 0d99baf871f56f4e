import type { DistrictEvent } from "../../data/datasets/districtEvents.ts";
import type { StatusChange } from "../../data/districtStatus.ts";

/** How a change of hands is told, in the description (active) and the headline (passive). */
export interface ChangeWords {
  /** Who acted; empty where the source leaves it unclear (the clause then has no subject). */
  who: string;
  /** The verb, in the past ("took") and with "had" ("taken"), for a change dated only "by". */
  verb: readonly [past: string, participle: string];
  /** How much of the district, before its name ("almost all of"); empty for all of it. */
  amount: string;
  /** The change told of the district, after its name: "taken by government forces". */
  passive: string;
  /** The order a day's changes are told in: government's, the SDF's, then the rebels'. */
  rank: number;
}

const GOVERNMENT = "government forces";
const SDF = "the Kurdish-led SDF";
const SPLIT = "split between government forces and the SDF";

/** The article's words for part of a district, as they read before its name. */
const PART: Record<string, string> = {
  most: "most of",
  "large parts": "large parts of",
  parts: "parts of",
  "several parts": "several parts of",
  "a large part": "a large part of",
  "almost all": "almost all of",
  "several building blocks": "several building blocks in",
  "some positions": "some positions in",
};

/** A reported share of the district ("30% of", "around a third of"), kept as given. */
function shareOf(event: DistrictEvent): string {
  const { share_low: low, share_high: high, qualifier } = event;
  if (low === undefined || high === undefined) return "";
  const named: Record<number, string> = { 33: "a third", 50: "half" };
  const share = low === high ? (named[low] ?? `${low}%`) : `${low}–${high}%`;
  const lead = qualifier === "around" || qualifier === "at least" ? `${qualifier} ` : "";
  return `${lead}${share} of`;
}

const amountOf = (event: DistrictEvent, whole = ""): string =>
  shareOf(event) || PART[event.qualifier ?? ""] || whole;

/** Who did what to a district: the change's last event, in the article's own measure. */
export function changeWords(change: StatusChange): ChangeWords {
  const { event } = change;
  const words = (
    who: string,
    verb: readonly [string, string],
    passive: string,
    rank: number,
    amount = "",
  ): ChangeWords => ({ who, verb, amount, passive, rank });
  const reportedly = event.qualifier === "reportedly" ? "reportedly " : "";
  if (event.actor_unclear) return words("", ["", ""], "contested", 9);
  if (change.to === "government")
    return words(
      GOVERNMENT,
      [`${reportedly}took`, `${reportedly}taken`],
      `${reportedly}taken by ${GOVERNMENT}`,
      0,
    );
  if (change.to === "sdf") return words(SDF, ["took", "taken"], "taken by the SDF", 3);
  if (change.to === "split" && event.kind === "taken-by-sdf")
    return words(SDF, ["took", "taken"], SPLIT, 4, "the rest of");
  if (change.to === "split") return words(SDF, ["held", "held"], SPLIT, 4, amountOf(event));
  if (change.to === "rebel") return words("rebels", ["retook", "retaken"], "retaken by rebels", 7);
  return contestedWords(change, words);
}

/** A district left contested: pushed into, part taken, given up or fought back into. */
function contestedWords(
  change: StatusChange,
  words: (
    who: string,
    verb: readonly [string, string],
    passive: string,
    rank: number,
    amount?: string,
  ) => ChangeWords,
): ChangeWords {
  const { event } = change;
  const same = change.from === change.to;
  if (event.kind === "abandoned")
    return words("rebels", ["abandoned", "abandoned"], "contested", 5, amountOf(event));
  if (event.actor === "rebels" && event.kind === "partly-taken")
    return words(
      "rebels",
      ["regained", "regained"],
      same ? "regained by rebels" : "contested",
      6,
      amountOf(event, "part of"),
    );
  if (event.actor === "rebels")
    return words("rebels", ["fought back into", "fought back into"], "contested", 6);
  if (event.kind === "partly-taken" && shareOf(event))
    return words(
      GOVERNMENT,
      ["held", "held"],
      same ? `held by ${GOVERNMENT}` : "contested",
      1,
      shareOf(event),
    );
  if (event.kind === "partly-taken")
    return words(
      GOVERNMENT,
      ["took", "taken"],
      same ? `taken by ${GOVERNMENT}` : "contested",
      1,
      amountOf(event, "part of"),
    );
  if (event.qualifier === "attempted")
    return words(GOVERNMENT, ["tried to push into", "tried to push into"], "contested", 2);
  return words(GOVERNMENT, ["pushed into", "pushed into"], "contested", 2);
}
