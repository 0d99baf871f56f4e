/** The story's one source, as the page credits it and its structured data names it. */
export const SOURCE_TITLE = "Aleppo offensive (November–December 2016)";
export const SOURCE_URL =
  "https://en.wikipedia.org/wiki/Aleppo_offensive_(November%E2%80%93December_2016)";
export const SOURCE_LICENCE = "https://creativecommons.org/licenses/by-sa/4.0/";
