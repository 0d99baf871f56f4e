import type { DistrictStatus, StatusChange } from "../../data/districtStatus.ts";
import { proseDate } from "../../dates.ts";
import { claimText, countOf } from "../format.ts";
import { joinNames } from "../list.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { type ChangeWords, changeWords } from "./changeWords.ts";
import { mapView } from "./view.ts";

const STANDING = [
  ["government", "held by government forces"],
  ["rebel", "held by rebels"],
  ["contested", "contested"],
  ["split", "split between government forces and the SDF"],
  ["sdf", "held by the SDF"],
] as const satisfies readonly (readonly [DistrictStatus, string])[];

/**
 * A day's changes as clauses, one per subject, in the order ChangeWords ranks them; with
 * `had` for changes the source dates only "by" that day.
 */
function clausesOf(changes: readonly StatusChange[], name: (id: string) => string, had: boolean) {
  const groups = new Map<string, { words: ChangeWords; names: string[] }>();
  for (const change of changes) {
    const words = changeWords(change);
    const key = [words.who, ...words.verb, words.amount].join("|");
    const group = groups.get(key) ?? { words, names: [] };
    group.names.push(name(change.district));
    groups.set(key, group);
  }
  // One clause per subject, its verbs listed: "government forces took A, held B and
  // pushed into C"; the clause with no subject stands alone.
  const bySubject = new Map<string, string[]>();
  const sorted = [...groups.values()].sort((a, b) => a.words.rank - b.words.rank);
  for (const [i, { words, names }] of sorted.entries()) {
    const { who, verb, amount, passive } = words;
    const list = `${amount ? `${amount} ` : ""}${joinNames(names)}`;
    const key = who || `#${i}`;
    const what = who
      ? `${had ? verb[1] : verb[0]} ${list}`
      : `${list} ${names.length === 1 ? "was" : "were"} ${passive}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), what]);
  }
  const clauses = [...bySubject].map(([who, verbs]) =>
    who.startsWith("#") ? joinNames(verbs) : `${who} ${had ? "had " : ""}${joinNames(verbs)}`,
  );
  return clauses;
}

/**
 * What the map shows at a beat, from the events: what changed hands that day, then how
 * the named districts of the east stood.
 */
export function describeMap(records: ChartRecords, state: GraphicState): string {
  const view = mapView(records, state);
  const name = (id: string) => records.data.districts.find((d) => d.id === id)?.name ?? id;
  // A district that changed twice in a day is told by where it ended the day.
  const endOfDay = [...new Map(view.changes.map((c) => [c.district, c])).values()];
  const on = clausesOf(
    endOfDay.filter((c) => c.event.dated === "on"),
    name,
    false,
  );
  const by = clausesOf(
    endOfDay.filter((c) => c.event.dated === "by"),
    name,
    true,
  );
  const day = proseDate(view.date);
  // Clauses are parted by semicolons: a clause's own list of verbs has commas.
  const lead = [
    on.length ? `On ${day} ${on.join("; ")}` : "",
    by.length ? `${on.length ? "by then" : `By ${day}`} ${by.join("; ")}` : "",
  ].filter(Boolean);

  const east = view.views.filter((v) => v.district.in_east && v.district.kind === "district");
  const held = STANDING.map(([status, what]) => ({
    n: east.filter((v) => v.status === status).length,
    what,
  })).filter(({ n }) => n > 0);
  const standing =
    held.length === 1 && east.length > 1
      ? `all ${east.length} named districts of the east were ${held[0]?.what}`
      : `of the ${countOf(east.length, "named district")} of the east, ${joinNames(
          held.map(({ n, what }) => `${n} ${n === 1 ? "was" : "were"} ${what}`),
        )}`;
  const opening = lead.length ? `${lead.join("; ")}; ` : `On ${day}, `;
  const pocket = view.pocket
    ? ` The rebels' pocket was put at ${claimText(view.pocket, " km²")}.`
    : "";
  return `${opening}${standing}.${pocket} Schematic map; positions approximate.`;
}
