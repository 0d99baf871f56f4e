import { chartDate } from "../../dates.ts";
import { claimantName, tableFigure } from "../format.ts";
import type { ChartRecords, DataTable } from "../types.ts";

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
      e.measure,
      e.convoy,
      e.subgroup,
      tableFigure(e.low, e.high, e.open_ended),
      e.qualifier,
      claimantName(records, e.claimant),
    ]),
};
