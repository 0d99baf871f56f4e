declare module "virtual:records" {
  import type { ChartRecords } from "./charts/types.ts";

  const records: ChartRecords;
  export default records;
}
