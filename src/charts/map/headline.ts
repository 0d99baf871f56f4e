import type { DistrictStatus, StatusChange } from "../../data/districtStatus.ts";
import { proseDate } from "../../dates.ts";
import { someNames } from "../headline.ts";
import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { changeWords } from "./changeWords.ts";
import { mapView } from "./view.ts";

const OUTCOME: Record<DistrictStatus, string> = {
  government: "taken by government forces",
  rebel: "retaken by rebels",
  sdf: "taken by the SDF",
  split: "split between government forces and the SDF",
  contested: "contested",
};

/**
 * The day's changes in a few words: by status reached; a part of a contested district
 * changing hands in the article's measure ("almost all of Sheikh Saeed regained by
 * rebels"); and changes dated only "by" that day after "by then". Those of the districts
 * the beat names come first.
 */
function changedParts(
  changes: readonly StatusChange[],
  name: (id: string) => string,
  focused: ReadonlySet<string>,
) {
  const most = changes.length > 3 ? 2 : 3;
  const part = (text: string, of: readonly StatusChange[]) => ({
    text,
    first: of.some((c) => focused.has(c.district)),
  });
  const byStatus = (dated: "on" | "by") =>
    (Object.keys(OUTCOME) as DistrictStatus[]).flatMap((to) => {
      const of = changes.filter((c) => c.to === to && c.from !== c.to && c.event.dated === dated);
      const names = of.map((c) => name(c.district));
      return names.length ? [part(`${someNames(names, most)} ${OUTCOME[to]}`, of)] : [];
    });
  const within = changes
    .filter((c) => c.from === c.to && c.event.dated === "on")
    .map((c) => {
      const { amount, passive } = changeWords(c);
      return part(`${amount ? `${amount} ` : ""}${name(c.district)} ${passive}`, [c]);
    });
  const by = byStatus("by");
  const parts = [
    ...byStatus("on"),
    ...within,
    ...(by.length ? [{ text: `by then, ${by.map((p) => p.text).join(", ")}`, first: false }] : []),
  ];
  // The districts the beat names lead (the sort is stable).
  return parts.sort((a, b) => Number(b.first) - Number(a.first)).map((p) => p.text);
}

/** What the map singles out at a beat: the day's changes of hands, or else the districts
 * the beat names, or else how the east stood. */
export function mapHeadline(records: ChartRecords, state: GraphicState): Headline {
  const view = mapView(records, state);
  const on = proseDate(view.date);
  if (view.config.asOfStart)
    return { on, parts: ["who held each district as the offensive began"] };
  const name = (id: string) => records.data.districts.find((d) => d.id === id)?.name ?? id;
  // A district that changed twice in a day is told by where it ended the day.
  const endOfDay = [...new Map(view.changes.map((c) => [c.district, c])).values()];
  const changed = changedParts(endOfDay, name, new Set(state.highlight));
  const pocket = view.pocket ? ["the rebels' last pocket marked"] : [];
  if (changed.length) return { on, parts: [...changed, ...pocket] };
  const focused = view.views.filter((v) => v.focused).map((v) => v.district.name);
  if (focused.length) return { on, parts: [`${someNames(focused)} outlined`, ...pocket] };
  const east = view.views.filter((v) => v.district.in_east && v.district.kind === "district");
  const held = east.filter((v) => v.status === "government").length;
  return {
    on,
    parts: [`government forces held ${held} of ${east.length} named districts`, ...pocket],
  };
}
