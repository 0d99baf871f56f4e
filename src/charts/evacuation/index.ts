import type { GraphicDefinition } from "../types.ts";
import { describeEvacuation } from "./describe.ts";
import { evacuationHeadline } from "./headline.ts";
import { evacuationSpec } from "./spec.ts";
import { EVACUATION_STATES } from "./states.ts";
import { evacuationTable } from "./table.ts";

export const evacuation: GraphicDefinition = {
  name: "evacuation",
  title: (edition) => edition.evacuation.title,
  shortTitle: (edition) => edition.evacuation.shortTitle,
  states: Object.keys(EVACUATION_STATES),
  datasets: ["evacuation", "events", "claimants"],
  spec: evacuationSpec,
  describe: describeEvacuation,
  headline: evacuationHeadline,
  table: evacuationTable,
};
