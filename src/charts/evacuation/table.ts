import { chartDate } from "../../dates.ts";
import { en } from "../../locale/en.ts";
import { claimantLabel, dataText, tableFigure } from "../format.ts";
import type { ChartRecords, DataTable } from "../types.ts";

const { table } = en.evacuation;

/** Every reported evacuation figure, as the evacuation chart's table lists them. */
export const evacuationTable: DataTable = {
  title: table.title,
  name: table.name,
  caption: table.caption,
  dataset: "evacuation",
  columns: table.columns,
  rows: (records: ChartRecords) =>
    records.data.evacuation.map((e) => [
      chartDate(e.date, records.edition),
      records.edition.evacuation.measures[e.measure],
      e.convoy,
      e.subgroup,
      tableFigure(e.low, e.high, e.open_ended, records.edition),
      dataText(records, e.qualifier),
      claimantLabel(records, e.claimant),
    ]),
};
