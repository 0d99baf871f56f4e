import { chartDate } from "../../dates.ts";
import { en } from "../../locale/en.ts";
import { claimantLabel, dataText, tableFigure } from "../format.ts";
import type { ChartRecords, DataTable } from "../types.ts";
import { isControlClaim } from "./view.ts";

const { table } = en.control;

/** Every reported figure of control, as the control chart's table lists them. */
export const controlTable: DataTable = {
  title: table.title,
  name: table.name,
  caption: table.caption,
  dataset: "control",
  columns: table.columns,
  rows(records: ChartRecords) {
    const { edition } = records;
    const words = edition.control;
    const { districts, control } = records.data;
    const districtName = (id: string | undefined) =>
      id === undefined ? "" : (districts.find((d) => d.id === id)?.name ?? id);
    // A claim that the whole city was held is a claim, as the chart draws it, not a share.
    return control.map((c) => [
      chartDate(c.date, edition),
      isControlClaim(c) ? words.table.claim : words.measures[c.measure],
      districtName(c.district),
      isControlClaim(c)
        ? words.table.wholeCity
        : `${tableFigure(c.value_low, c.value_high, c.open_ended, edition)} ${words.units[c.unit]}`,
      dataText(records, c.qualifier),
      claimantLabel(records, c.claimant),
    ]);
  },
};
