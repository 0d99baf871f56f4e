import { chartDate } from "../../dates.ts";
import { claimantLabel, dataText, tableFigure } from "../format.ts";
import type { ChartRecords, DataTable } from "../types.ts";

/** Every reported evacuation figure, as the evacuation chart's table lists them. */
export const evacuationTable: DataTable = {
  title: (edition) => edition.evacuation.table.title,
  name: (edition) => edition.evacuation.table.name,
  caption: (edition) => edition.evacuation.table.caption,
  dataset: "evacuation",
  columns: (edition) => edition.evacuation.table.columns,
  rows: (records: ChartRecords) =>
    records.data.evacuation.map((e) => [
      chartDate(e.date, records.edition),
      records.edition.evacuation.measures[e.measure],
      e.convoy,
      records.edition.evacuation.subgroups[e.subgroup],
      tableFigure(e.low, e.high, e.open_ended, records.edition),
      dataText(records, e.qualifier),
      claimantLabel(records, e.claimant),
    ]),
};
