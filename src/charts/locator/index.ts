import type { GraphicDefinition } from "../types.ts";
import { describeLocator, locatorHeadline } from "./describe.ts";
import { locatorSpec } from "./spec.ts";
import { LOCATOR_STATES } from "./states.ts";
import { locatorTable } from "./table.ts";

export const locator: GraphicDefinition = {
  name: "locator",
  title: (edition) => edition.locator.title,
  shortTitle: (edition) => edition.locator.shortTitle,
  states: Object.keys(LOCATOR_STATES),
  datasets: ["places"],
  spec: locatorSpec,
  describe: describeLocator,
  headline: locatorHeadline,
  table: locatorTable,
};
