import type { GraphicDefinition } from "../types.ts";
import { describeControl } from "./describe.ts";
import { controlHeadline } from "./headline.ts";
import { controlSpec } from "./spec.ts";
import { CONTROL_STATES } from "./states.ts";
import { controlTable } from "./table.ts";

export const control: GraphicDefinition = {
  name: "control",
  title: (edition) => edition.control.title,
  shortTitle: (edition) => edition.control.shortTitle,
  states: Object.keys(CONTROL_STATES),
  datasets: ["control", "districts", "districtEvents", "claimants"],
  spec: controlSpec,
  describe: describeControl,
  headline: controlHeadline,
  table: controlTable,
};
