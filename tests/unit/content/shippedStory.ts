import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KNOWN_STATES } from "../../../src/charts/registry.ts";
import { parseStory } from "../../../src/content/parseStory.ts";

/** The story's copy, by the path the build names in its errors. */
export const COPY = "src/content/story.aml";

/** The shipped story, parsed as the build parses it. */
export const shippedStory = parseStory(
  readFileSync(join(import.meta.dirname, "../../..", COPY), "utf8"),
  COPY,
  KNOWN_STATES,
);
