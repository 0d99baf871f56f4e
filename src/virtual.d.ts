declare module "virtual:story" {
  import type { ClientStory } from "./story/clientStory.ts";

  const story: ClientStory;
  export default story;
}

declare module "virtual:records" {
  import type { ChartRecords } from "./charts/types.ts";

  const records: ChartRecords;
  export default records;
}
