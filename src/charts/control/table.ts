import { chartDate } from "../../dates.ts";
import { claimantLabel, dataText, districtName, tableFigure } from "../format.ts";
import type { ChartRecords, DataTable } from "../types.ts";
import { isControlClaim } from "./view.ts";

/** Every reported figure of control, as the control chart's table lists them. */
export const controlTable: DataTable = {
  title: (edition) => edition.control.table.title,
  name: (edition) => edition.control.table.name,
  caption: (edition) => edition.control.table.caption,
  dataset: "control",
  columns: (edition) => edition.control.table.columns,
  rows(records: ChartRecords) {
    const { edition } = records;
    const words = edition.control;
    const { control } = records.data;
    // A claim that the whole city was held is a claim, as the chart draws it, not a share.
    return control.map((c) => [
      chartDate(c.date, edition),
      isControlClaim(c) ? words.table.claim : words.measures[c.measure],
      c.district === undefined ? "" : districtName(records, c.district),
      isControlClaim(c)
        ? words.table.wholeCity
        : `${tableFigure(c.value_low, c.value_high, c.open_ended, edition)} ${words.units[c.unit]}`,
      dataText(records, c.qualifier),
      claimantLabel(records, c.claimant),
    ]);
  },
};
