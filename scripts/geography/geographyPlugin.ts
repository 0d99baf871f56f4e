import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import type { StorySource } from "../build/storySource.ts";
import { checkPlaces, readGazetteer } from "./gazetteer.ts";
import { GEOGRAPHY_FILE, locatorGeography, locatorGeographyText } from "./locatorGeography.ts";

/**
 * The locator map's geography, projected again from Natural Earth and the gazetteer as the
 * build starts: a place whose coordinates are not the gazetteer's stops the build at its
 * line, and so does a generated module (`src/charts/locator/geography.generated.ts`) that
 * no longer matches them, until `npm run geography` rewrites it.
 */
export function geographyPlugin(source: StorySource): Plugin {
  return {
    name: "story-geography",
    apply: "build",
    buildStart() {
      const { places } = source.load().page.records.data;
      checkPlaces(places, readGazetteer());
      const text = locatorGeographyText(locatorGeography(places));
      if (readFileSync(GEOGRAPHY_FILE, "utf8") !== text)
        this.error(
          "src/charts/locator/geography.generated.ts does not match Natural Earth's countries and data/places.csv: run `npm run geography`",
        );
    },
  };
}
