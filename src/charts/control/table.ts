import type { CONTROL_UNITS, ControlMeasure } from "../../data/datasets/control.ts";
import { chartDate } from "../../dates.ts";
import { claimantLabel, tableFigure } from "../format.ts";
import type { ChartRecords, DataTable } from "../types.ts";
import { isControlClaim } from "./view.ts";

const UNITS: Record<(typeof CONTROL_UNITS)[number], string> = { percent: "%", km2: "km²", m: "m" };

/** What each measure is, as the table's reader needs it said (data/README.md defines them). */
const MEASURES: Record<ControlMeasure, string> = {
  "east-share": "Share of the east under government control",
  "district-share": "Share of the district under government control",
  "pocket-share": "The district's share of the remaining rebel-held area",
  "pocket-area": "Area of the remaining rebel-held pocket",
  gap: "Gap between government forces",
  "distance-to-citadel": "Distance between advancing forces and the Citadel",
  "advance-depth": "Depth of the day's advance",
};

/** Every reported figure of control, as the control chart's table lists them. */
export const controlTable: DataTable = {
  title: "Territorial control: every reported figure",
  name: "Territorial control",
  caption:
    "Reported shares, areas and distances, and claims of complete control, with who made them",
  dataset: "control",
  columns: ["Date", "Measure", "District", "Figure", "Qualifier", "Claimant"],
  rows(records: ChartRecords) {
    const { districts, control } = records.data;
    const districtName = (id: string | undefined) =>
      id === undefined ? "" : (districts.find((d) => d.id === id)?.name ?? id);
    // A claim that the whole city was held is a claim, as the chart draws it, not a share.
    return control.map((c) => [
      chartDate(c.date),
      isControlClaim(c) ? "Claim of complete control" : MEASURES[c.measure],
      districtName(c.district),
      isControlClaim(c)
        ? "whole city"
        : `${tableFigure(c.value_low, c.value_high, c.open_ended)} ${UNITS[c.unit]}`,
      c.qualifier,
      claimantLabel(records, c.claimant),
    ]);
  },
};
