import type { DistrictStatus, StatusChange } from "../../data/districtStatus.ts";
import { proseDate } from "../../dates.ts";
import type { MapWords } from "../../locale/types.ts";
import { districtName } from "../format.ts";
import { someNames } from "../headline.ts";
import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { changeWords } from "./changeWords.ts";
import { mapView } from "./view.ts";

/** The order a day's changes are told in, by the status they reached. */
const OUTCOMES: readonly DistrictStatus[] = ["government", "rebel", "sdf", "split", "contested"];

/**
 * The day's changes in a few words: by status reached; a part of a contested district
 * changing hands in the article's measure ("almost all of Sheikh Saeed regained by
 * rebels"); and changes dated only "by" that day after "by then". Those of the districts
 * the beat names come first.
 */
function changedParts(
  records: ChartRecords,
  changes: readonly StatusChange[],
  name: (id: string) => string,
  focused: ReadonlySet<string>,
) {
  const { edition } = records;
  const words: MapWords = edition.map;
  const most = changes.length > 3 ? 2 : 3;
  const part = (text: string, of: readonly StatusChange[]) => ({
    text,
    first: of.some((c) => focused.has(c.district)),
  });
  const byStatus = (dated: "on" | "by") =>
    OUTCOMES.flatMap((to) => {
      const of = changes.filter((c) => c.to === to && c.from !== c.to && c.event.dated === dated);
      const names = of.map((c) => name(c.district));
      const some = someNames(names, most, edition);
      return names.length
        ? [part(words.headline.changed(some, words.headline.outcome[to]), of)]
        : [];
    });
  const within = changes
    .filter((c) => c.from === c.to && c.event.dated === "on")
    .map((c) => {
      const { amount, passive } = changeWords(c, words);
      const named = amount ? words.describe.amountOf(amount, name(c.district)) : name(c.district);
      return part(words.headline.changed(named, passive), [c]);
    });
  const by = byStatus("by");
  const parts = [
    ...byStatus("on"),
    ...within,
    ...(by.length ? [{ text: words.headline.byThen(by.map((p) => p.text)), first: false }] : []),
  ];
  // The districts the beat names lead (the sort is stable).
  return parts.sort((a, b) => Number(b.first) - Number(a.first)).map((p) => p.text);
}

/** What the map singles out at a beat: the day's changes of hands, or else the districts
 * the beat names, or else how the east stood. */
export function mapHeadline(records: ChartRecords, state: GraphicState): Headline {
  const { edition } = records;
  const words = edition.map.headline;
  const view = mapView(records, state);
  const on = proseDate(view.date, edition);
  if (view.config.asOfStart) return { on, parts: [words.asOfStart] };
  const name = (id: string) => districtName(records, id);
  // A district that changed twice in a day is told by where it ended the day.
  const endOfDay = [...new Map(view.changes.map((c) => [c.district, c])).values()];
  const changed = changedParts(records, endOfDay, name, new Set(state.highlight));
  const pocket = view.pocket ? [words.pocket] : [];
  if (changed.length) return { on, parts: [...changed, ...pocket] };
  const focused = view.views
    .filter((v) => v.focused)
    .map((v) => edition.map.districtName(v.district));
  if (focused.length)
    return { on, parts: [words.outlined(someNames(focused, 3, edition)), ...pocket] };
  const east = view.views.filter((v) => v.district.in_east && v.district.kind === "district");
  const held = east.filter((v) => v.status === "government").length;
  return { on, parts: [words.held(held, east.length), ...pocket] };
}
