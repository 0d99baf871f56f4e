declare module "virtual:records" {
  import type { ClientRecords } from "./data/chartRecords.ts";

  /** The records the build hands the browser; `chartRecords` derives the series from them. */
  const records: ClientRecords;
  export default records;
}
