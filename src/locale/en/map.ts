import type { MapWords } from "../types.ts";
import { countOf, listJoin } from "./numbers.ts";

const GOVERNMENT = "government forces";
const SPLIT = "split between government forces and the SDF";
const same = (verb: string): readonly [string, string] => [verb, verb];

/** The district map's words in English: `src/charts/map/`. */
export const map: MapWords = {
  title: "East Aleppo district by district (schematic)",
  shortTitle: "District map",
  districtName: (district) => district.name,
  table: {
    title: "Districts: who held them and when they changed hands",
    name: "Districts",
    caption:
      "Each named district, its side on 15 November, every change of status, and its status on the map's date (positions on the map are approximate)",
    columns: ["District", "15 Nov", "Changes"],
    on: "On ",
    none: "none",
    status: {
      government: "government",
      rebel: "rebel",
      sdf: "SDF",
      contested: "contested",
      split: "split: government and SDF",
    },
    still: (status) => `still ${status}`,
    change: (by, date, what) => `${by ? "by " : ""}${date}: ${what}`,
  },
  legend: {
    status: {
      government: "Government",
      rebel: "Rebel-held",
      sdf: "Kurdish-led SDF",
      contested: "Contested",
      split: "Split with the SDF",
    },
    short: {
      government: "Government",
      rebel: "Rebels",
      sdf: "SDF",
      contested: "Contested",
      split: "Split",
    },
    contested: "Contested (hatched)",
    note: "Schematic: district positions approximate",
    inset: "East Aleppo in Syria",
    date: (date) => `${date} 2016`,
  },
  labels: {
    river: [["Queiq river"], ["Queiq", "river"]],
    west: [["Government-held west"], ["Government-held", "west"]],
    road: [["Airport road"]],
    pocket: (figure, date) => `Rebel pocket, reported: ${figure} (${date})`,
  },
  change: {
    government: GOVERNMENT,
    sdf: "the Kurdish-led SDF",
    rebels: "rebels",
    split: SPLIT,
    parts: {
      most: "most of",
      "large parts": "large parts of",
      parts: "parts of",
      "several parts": "several parts of",
      "a large part": "a large part of",
      "almost all": "almost all of",
      "several building blocks": "several building blocks in",
      "some positions": "some positions in",
    },
    namedShares: { 33: "a third", 50: "half" },
    share: (low, high) => (low === high ? `${low}%` : `${low}–${high}%`),
    shareLeads: ["around", "at least"],
    shareOf: (lead, share) => `${lead ? `${lead} ` : ""}${share} of`,
    theRestOf: "the rest of",
    partOf: "part of",
    reportedly: (verb) => `reportedly ${verb}`,
    verbs: {
      took: ["took", "taken"],
      retook: ["retook", "retaken"],
      held: same("held"),
      abandoned: same("abandoned"),
      regained: same("regained"),
      foughtBackInto: same("fought back into"),
      triedToPushInto: same("tried to push into"),
      pushedInto: same("pushed into"),
    },
    contested: "contested",
    takenBy: (who) => `taken by ${who}`,
    takenBySdf: "taken by the SDF",
    retakenByRebels: "retaken by rebels",
    regainedByRebels: "regained by rebels",
    heldBy: (who) => `held by ${who}`,
  },
  describe: {
    standing: {
      government: "held by government forces",
      rebel: "held by rebels",
      contested: "contested",
      split: SPLIT,
      sdf: "held by the SDF",
    },
    amountOf: (amount, names) => `${amount} ${names}`,
    did: (verb, names) => `${verb} ${names}`,
    was: (names, count, passive) => `${names} ${count === 1 ? "was" : "were"} ${passive}`,
    subject: (who, had, verbs) => `${who} ${had ? "had " : ""}${verbs}`,
    on: (day, clauses) => `On ${day} ${clauses.join("; ")}`,
    by: (day, clauses) => `${day === undefined ? "by then" : `By ${day}`} ${clauses.join("; ")}`,
    all: (count, what) => `all ${count} named districts of the east were ${what}`,
    standingOf: (total, held) =>
      `of the ${countOf(total, "named district")} of the east, ${listJoin(
        held.map(({ n, what }) => `${n} ${n === 1 ? "was" : "were"} ${what}`),
      )}`,
    opening: (lead, day) => (lead.length ? `${lead.join("; ")}; ` : `On ${day}, `),
    pocket: (figure) => ` The rebels' pocket was put at ${figure}.`,
    closing: " Schematic map; positions approximate.",
  },
  headline: {
    outcome: {
      government: "taken by government forces",
      rebel: "retaken by rebels",
      sdf: "taken by the SDF",
      split: SPLIT,
      contested: "contested",
    },
    changed: (names, outcome) => `${names} ${outcome}`,
    byThen: (parts) => `by then, ${parts.join(", ")}`,
    asOfStart: "who held each district as the offensive began",
    pocket: "the rebels' last pocket marked",
    outlined: (names) => `${names} outlined`,
    held: (held, total) => `government forces held ${held} of ${total} named districts`,
  },
};
