import type { DistrictStatus, StatusChange } from "../../data/districtStatus.ts";
import { proseDate } from "../../dates.ts";
import type { MapWords } from "../../locale/types.ts";
import { claimText, districtName } from "../format.ts";
import { joinNames } from "../list.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { type ChangeWords, changeWords } from "./changeWords.ts";
import { mapView } from "./view.ts";

/** The order the east's standing is told in. */
const STANDING: readonly DistrictStatus[] = ["government", "rebel", "contested", "split", "sdf"];

/**
 * A day's changes as clauses, one per subject, in the order ChangeWords ranks them; with
 * `had` for changes the source dates only "by" that day.
 */
function clausesOf(
  records: ChartRecords,
  changes: readonly StatusChange[],
  name: (id: string) => string,
  had: boolean,
) {
  const { map } = records.edition;
  const words = map.describe;
  const list = (names: readonly string[]) => joinNames(names, records.edition);
  const groups = new Map<string, { said: ChangeWords; names: string[] }>();
  for (const change of changes) {
    const said = changeWords(change, map);
    const key = [said.who, ...said.verb, said.amount].join("|");
    const group = groups.get(key) ?? { said, names: [] };
    group.names.push(name(change.district));
    groups.set(key, group);
  }
  // One clause per subject, its verbs listed: "government forces took A, held B and
  // pushed into C"; the clause with no subject stands alone.
  const bySubject = new Map<string, string[]>();
  const sorted = [...groups.values()].sort((a, b) => a.said.rank - b.said.rank);
  for (const [i, { said, names }] of sorted.entries()) {
    const { who, verb, amount, passive } = said;
    const named = amount ? words.amountOf(amount, list(names)) : list(names);
    const key = who || `#${i}`;
    const what = who
      ? words.did(had ? verb[1] : verb[0], named)
      : words.was(named, names.length, passive);
    bySubject.set(key, [...(bySubject.get(key) ?? []), what]);
  }
  return [...bySubject].map(([who, verbs]) =>
    who.startsWith("#") ? list(verbs) : words.subject(who, had, list(verbs)),
  );
}

/** How the named districts of the east stood: "of the 35 named districts of the east, …". */
function standingOf(view: ReturnType<typeof mapView>, words: MapWords) {
  const east = view.views.filter((v) => v.district.in_east && v.district.kind === "district");
  const held = STANDING.map((status) => ({
    n: east.filter((v) => v.status === status).length,
    what: words.describe.standing[status],
  })).filter(({ n }) => n > 0);
  return held.length === 1 && east.length > 1
    ? words.describe.all(east.length, held[0]?.what ?? "")
    : words.describe.standingOf(east.length, held);
}

/**
 * What the map shows at a beat, from the events: what changed hands that day, then how
 * the named districts of the east stood.
 */
export function describeMap(records: ChartRecords, state: GraphicState): string {
  const { edition } = records;
  const words = edition.map.describe;
  const view = mapView(records, state);
  const name = (id: string) => districtName(records, id);
  // A district that changed twice in a day is told by where it ended the day.
  const endOfDay = [...new Map(view.changes.map((c) => [c.district, c])).values()];
  const on = clausesOf(
    records,
    endOfDay.filter((c) => c.event.dated === "on"),
    name,
    false,
  );
  const by = clausesOf(
    records,
    endOfDay.filter((c) => c.event.dated === "by"),
    name,
    true,
  );
  const day = proseDate(view.date, edition);
  // Clauses are parted by semicolons: a clause's own list of verbs has commas.
  const lead = [
    on.length ? words.on(day, on) : "",
    by.length ? words.by(on.length ? undefined : day, by) : "",
  ].filter(Boolean);
  const standing = standingOf(view, edition.map);
  const pocket = view.pocket
    ? words.pocket(claimText(view.pocket, edition.common.areaUnit, edition))
    : "";
  return `${words.opening(lead, day)}${standing}.${pocket}${words.closing}`;
}
