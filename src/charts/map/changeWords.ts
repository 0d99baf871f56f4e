import type { DistrictEvent } from "../../data/datasets/districtEvents.ts";
import type { StatusChange } from "../../data/districtStatus.ts";
import { en } from "../../locale/en.ts";
import type { MapWords } from "../../locale/types.ts";

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

type Words = MapWords["change"];
type Make = (
  who: string,
  verb: readonly [string, string],
  passive: string,
  rank: number,
  amount?: string,
) => ChangeWords;

/** A reported share of the district ("30% of", "around a third of"), kept as given. */
function shareOf(event: DistrictEvent, words: Words): string {
  const { share_low: low, share_high: high, qualifier } = event;
  if (low === undefined || high === undefined) return "";
  const share = (low === high ? words.namedShares[low] : undefined) ?? words.share(low, high);
  const lead = qualifier && words.shareLeads.includes(qualifier) ? qualifier : undefined;
  return words.shareOf(lead, share);
}

const amountOf = (event: DistrictEvent, words: Words, whole = ""): string =>
  shareOf(event, words) || words.parts[event.qualifier ?? ""] || whole;

/** Who did what to a district: the change's last event, in the article's own measure. */
export function changeWords(change: StatusChange, all: MapWords = en.map): ChangeWords {
  const words = all.change;
  const { event } = change;
  const make: Make = (who, verb, passive, rank, amount = "") => ({
    who,
    verb,
    amount,
    passive,
    rank,
  });
  const reportedly = (verb: string) =>
    event.qualifier === "reportedly" ? words.reportedly(verb) : verb;
  const { took, retook, held } = words.verbs;
  if (event.actor_unclear) return make("", ["", ""], words.contested, 9);
  if (change.to === "government")
    return make(
      words.government,
      [reportedly(took[0]), reportedly(took[1])],
      reportedly(words.takenBy(words.government)),
      0,
    );
  if (change.to === "sdf") return make(words.sdf, took, words.takenBySdf, 3);
  if (change.to === "split" && event.kind === "taken-by-sdf")
    return make(words.sdf, took, words.split, 4, words.theRestOf);
  if (change.to === "split") return make(words.sdf, held, words.split, 4, amountOf(event, words));
  if (change.to === "rebel") return make(words.rebels, retook, words.retakenByRebels, 7);
  return contestedWords(change, words, make);
}

/** A district left contested: pushed into, part taken, given up or fought back into. */
function contestedWords(change: StatusChange, words: Words, make: Make): ChangeWords {
  const { event } = change;
  const same = change.from === change.to;
  const { verbs, contested, government, rebels } = words;
  if (event.kind === "abandoned")
    return make(rebels, verbs.abandoned, contested, 5, amountOf(event, words));
  if (event.actor === "rebels" && event.kind === "partly-taken")
    return make(
      rebels,
      verbs.regained,
      same ? words.regainedByRebels : contested,
      6,
      amountOf(event, words, words.partOf),
    );
  if (event.actor === "rebels") return make(rebels, verbs.foughtBackInto, contested, 6);
  if (event.kind === "partly-taken" && shareOf(event, words))
    return make(
      government,
      verbs.held,
      same ? words.heldBy(government) : contested,
      1,
      shareOf(event, words),
    );
  if (event.kind === "partly-taken")
    return make(
      government,
      verbs.took,
      same ? words.takenBy(government) : contested,
      1,
      amountOf(event, words, words.partOf),
    );
  if (event.qualifier === "attempted") return make(government, verbs.triedToPushInto, contested, 2);
  return make(government, verbs.pushedInto, contested, 2);
}
