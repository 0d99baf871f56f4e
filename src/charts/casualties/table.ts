import { chartDate } from "../../dates.ts";
import { claimantLabel, dataText, tableFigure } from "../format.ts";
import type { ChartRecords, DataTable } from "../types.ts";
import { groupName, inflictedByName, kindName } from "./view.ts";

/** Every casualty claim, as the casualties chart's table lists them. */
export const casualtiesTable: DataTable = {
  title: (edition) => edition.casualties.table.title,
  name: (edition) => edition.casualties.table.name,
  caption: (edition) => edition.casualties.table.caption,
  dataset: "casualties",
  columns: (edition) => edition.casualties.table.columns,
  rows: (records: ChartRecords) => {
    const { edition } = records;
    const words = edition.casualties;
    return records.data.casualties.map((c) => [
      chartDate(c.date, edition),
      groupName(c.group, words),
      kindName(c.kind, words),
      c.inflicted_by && inflictedByName(c.inflicted_by, words),
      tableFigure(c.low, c.high, c.open_ended, edition),
      dataText(records, c.qualifier),
      claimantLabel(records, c.claimant),
    ]);
  },
};
