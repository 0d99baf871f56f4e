import type { GraphicDefinition } from "../types.ts";
import { describeCasualties } from "./describe.ts";
import { casualtiesHeadline } from "./headline.ts";
import { casualtiesSpec } from "./spec.ts";
import { CASUALTY_STATES } from "./states.ts";
import { casualtiesTable } from "./table.ts";

export const casualties: GraphicDefinition = {
  name: "casualties",
  title: (edition) => edition.casualties.title,
  shortTitle: (edition) => edition.casualties.shortTitle,
  states: Object.keys(CASUALTY_STATES),
  datasets: ["casualties", "claimants"],
  spec: casualtiesSpec,
  describe: describeCasualties,
  headline: casualtiesHeadline,
  table: casualtiesTable,
};
