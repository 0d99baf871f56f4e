/** The story's one source, as the page credits it and its structured data names it. */
export const SOURCE_TITLE = "Aleppo offensive (November–December 2016)";
export const SOURCE_URL =
  "https://en.wikipedia.org/wiki/Aleppo_offensive_(November%E2%80%93December_2016)";
export const SOURCE_LICENCE = "https://creativecommons.org/licenses/by-sa/4.0/";
export const SOURCE_LICENCE_NAME = "CC BY-SA 4.0";
/**
 * The version of the article the story is drawn from: the snapshot in data/source/ says
 * its text was last updated on this day (it records no separate retrieval date).
 */
export const SOURCE_TEXT_DATE = "2023-12-27";

/** The GeoNames gazetteer's licence: the locator map's places (data/README.md). */
export const GEONAMES_LICENCE = "https://creativecommons.org/licenses/by/4.0/";
export const GEONAMES_LICENCE_NAME = "CC BY 4.0";
