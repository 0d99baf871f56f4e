import { controlView } from "../charts/control/view.ts";
import { claimantInProse, claimText, NO_CLAIMANT } from "../charts/format.ts";
import { someNames } from "../charts/headline.ts";
import { mapView } from "../charts/map/view.ts";
import type { ChartRecords } from "../charts/types.ts";
import { compareDates, proseDate } from "../dates.ts";
import type { ExploreWords } from "../locale/page/types.ts";
import { graphicsOn } from "./dayGraphics.ts";

/** "per the Red Cross", or "as reported" where the source names no claimant. */
const per = (records: ChartRecords, id: string) =>
  id === NO_CLAIMANT
    ? records.edition.common.asReported
    : records.edition.common.perClaimant(claimantInProse(records, id));

const stateOf = (graphic: string, day: string) => {
  const at = graphicsOn(day).find((g) => g.graphic === graphic);
  if (!at) throw new Error(`the explore section shows no ${graphic}`);
  return { state: at.state, date: at.date, highlight: at.highlight };
};

/** How many of the east's named districts government forces held that day, from the map's view. */
function districtsPart(records: ChartRecords, day: string, words: ExploreWords): string {
  const { views } = mapView(records, stateOf("map", day));
  const east = views.filter((v) => v.district.in_east && v.district.kind === "district");
  const held = east.filter((v) => v.status === "government").length;
  return words.districtsHeld(held, east.length);
}

/** The latest reported share, with who reported it and when, and who had claimed the
 * whole city by then: the control chart's view, never an average of claims. */
function controlParts(records: ChartRecords, day: string, words: ExploreWords): string[] {
  const { edition } = records;
  const view = controlView(records, stateOf("control", day));
  const share = view.shares.at(-1);
  const parts = [
    share
      ? words.share(
          claimText(share, edition.control.shareUnit, edition),
          per(records, share.claimant),
          proseDate(share.date, edition),
        )
      : words.noShare,
  ];
  const names = [...new Set(view.claims.map((c) => claimantInProse(records, c.claimant)))];
  if (names.length) parts.push(words.wholeCity(someNames(names, 4, edition)));
  return parts;
}

/** Each claimant's latest running total of people evacuated by that day, oldest first. */
function evacuationPart(records: ChartRecords, day: string, words: ExploreWords): string {
  const { edition } = records;
  const latest = Object.entries(records.cumulativeEvacuation)
    .flatMap(([claimant, points]) => {
      const point = points.filter((p) => p.date <= day).at(-1);
      return point ? [{ claimant, point }] : [];
    })
    .sort((a, b) => compareDates(a.point.date, b.point.date));
  if (latest.length === 0) return words.noEvacuation;
  return words.evacuated(
    latest.map(({ claimant, point }) =>
      words.evacuatedBy(
        claimText(point, "", edition),
        point.subgroup === "civilians",
        per(records, claimant),
        proseDate(point.date, edition),
      ),
    ),
  );
}

/**
 * The explore section's sentence for a day ("On 6 December: …"), from the views and
 * records the story's graphics draw: the districts held, the latest reported share and the
 * claims of complete control, and each claimant's running total of people evacuated, each
 * figure with its claimant, ranges and qualifiers kept. In the records' edition, with the
 * page's words for `words`.
 */
export function daySentence(records: ChartRecords, day: string, words: ExploreWords): string {
  return words.sentence(proseDate(day, records.edition), [
    districtsPart(records, day, words),
    ...controlParts(records, day, words),
    evacuationPart(records, day, words),
  ]);
}
