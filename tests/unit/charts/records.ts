import { chartRecords } from "../../../src/data/chartRecords.ts";
import { shipped } from "../data/fixtures.ts";

/** The shipped data with every derived series, as the build hands it to the charts. */
export const records = chartRecords(shipped);

export const at = (state: string, date: string, highlight: string[] = []) => ({
  state,
  date,
  highlight,
});
