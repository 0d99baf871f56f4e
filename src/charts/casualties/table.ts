import { chartDate } from "../../dates.ts";
import { claimantLabel, tableFigure } from "../format.ts";
import type { ChartRecords, DataTable } from "../types.ts";
import { groupName, inflictedByName, kindName } from "./view.ts";

/** Every casualty claim, as the casualties chart's table lists them. */
export const casualtiesTable: DataTable = {
  title: "Casualties: every claim, by claimant",
  name: "Casualties",
  caption: "Claims of people killed, wounded, captured or executed, with who made them",
  dataset: "casualties",
  columns: ["Date", "Who", "What", "By", "Figure", "Qualifier", "Claimant"],
  rows: (records: ChartRecords) =>
    records.data.casualties.map((c) => [
      chartDate(c.date),
      groupName(c.group),
      kindName(c.kind),
      c.inflicted_by && inflictedByName(c.inflicted_by),
      tableFigure(c.low, c.high, c.open_ended),
      c.qualifier,
      claimantLabel(records, c.claimant),
    ]),
};
