import type { GraphicDefinition } from "../types.ts";
import { describeMap } from "./describe.ts";
import { mapHeadline } from "./headline.ts";
import { mapSpec } from "./spec.ts";
import { MAP_STATES } from "./states.ts";
import { mapTable, syncDistrictTable } from "./table.ts";

export const map: GraphicDefinition = {
  name: "map",
  title: (edition) => edition.map.title,
  shortTitle: (edition) => edition.map.shortTitle,
  states: Object.keys(MAP_STATES),
  datasets: ["districts", "districtEvents", "control", "claimants"],
  // Districts that change hands change colour in sequence, so the eye can follow them.
  staggerChanges: true,
  spec: mapSpec,
  describe: describeMap,
  headline: mapHeadline,
  table: mapTable,
  keepInStep: syncDistrictTable,
};
