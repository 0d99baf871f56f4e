import type { GraphicDefinition } from "../types.ts";
import { describeMap } from "./describe.ts";
import { mapSpec } from "./spec.ts";
import { MAP_STATES } from "./states.ts";

export const map: GraphicDefinition = {
  name: "map",
  title: "East Aleppo district by district (schematic)",
  states: Object.keys(MAP_STATES),
  spec: mapSpec,
  describe: describeMap,
};
