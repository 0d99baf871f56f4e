/**
 * Latin-script words the Arabic edition may print in its charts, the one place to allow
 * them, each with why (`tests/unit/charts/arabic.test.ts`). None today: claimants, units
 * and places are all written in Arabic (قسد, not SDF; كم², not km²). Digits are not words.
 */
export const LATIN_ALLOWED: readonly RegExp[] = [];

/**
 * Latin-script text the Arabic story page may show besides its charts' words, each with why;
 * the source's title and its licence's name (scripts/prerender/source.ts) are allowed too.
 * A string or a global pattern is cut out of the text; a pattern anchored at both ends allows
 * a whole word (tests/unit/scripts/page/arabicPage.test.ts, tests/e2e/arabic.spec.ts).
 */
export const PAGE_LATIN_ALLOWED: readonly (string | RegExp)[] = [
  "English", // the switch to the English edition, named in its own language
  "CSV", // the data files' format
  "data/*.csv", // the data files' folder, as the copy's About names it
  /\b[a-z_]+\.csv\b/g, // the data files' names
  /^[jk]$/, // the keys that step through the story
];
