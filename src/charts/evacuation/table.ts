import type { EvacuationMeasure } from "../../data/datasets/evacuation.ts";
import { chartDate } from "../../dates.ts";
import { claimantLabel, tableFigure } from "../format.ts";
import type { ChartRecords, DataTable } from "../types.ts";

/** What each measure counts, as the table's reader needs it said (data/README.md). */
const MEASURES: Record<EvacuationMeasure, string> = {
  fled: "Left in a stated period",
  convoy: "In one convoy",
  cumulative: "Running total evacuated",
  remaining: "Still inside",
  planned: "Planned to leave",
  buses: "Buses",
};

/** Every reported evacuation figure, as the evacuation chart's table lists them. */
export const evacuationTable: DataTable = {
  title: "Evacuation: every reported figure",
  name: "Evacuation",
  caption: "People fleeing, per convoy, running totals and still inside, with who reported them",
  dataset: "evacuation",
  columns: ["Date", "Measure", "Convoy", "Who", "Figure", "Qualifier", "Claimant"],
  rows: (records: ChartRecords) =>
    records.data.evacuation.map((e) => [
      chartDate(e.date),
      MEASURES[e.measure],
      e.convoy,
      e.subgroup,
      tableFigure(e.low, e.high, e.open_ended),
      e.qualifier,
      claimantLabel(records, e.claimant),
    ]),
};
