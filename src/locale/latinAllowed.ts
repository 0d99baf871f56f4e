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
  "CC BY 4.0", // GeoNames' licence, for the locator map's places, named in About
  "CSV", // the data files' format
  "data/*.csv", // the data files' folder, as the copy's About names it
  /\b[a-z_]+\.csv\b/g, // the data files' names
  /^[jk]$/, // the keys that step through the story
];

/**
 * Latin-script words the Arabic edition's kit pages (its embeds, editors' page and moment
 * pages: `tests/unit/scripts/share/arabicKit.test.ts`) may show, each with why. Code, file
 * formats and the names of products stay as the editor types or buys them; the source is
 * named by its own title; the organisation by the name the build is given.
 */
export const LATIN_ALLOWED_KIT: readonly RegExp[] = [
  /\bEnglish\b/g, // the switch to the English edition, named in its own language
  /Aleppo offensive \(November–December 2016\)/g, // the source article's title, as Wikipedia gives it
  /\bCC BY(?:-SA)? 4\.0\b/g, // the source's licence (CC BY-SA), and the locator's places' (GeoNames, CC BY)
  /\bThe Aleppo graphics desk\b/g, // the default organisation (STORY_ORGANISATION)
  /https?:\/\/\S+/g, // an address: the story's, where the build was given it
  /\b(?:allow-same-origin|amp-iframe)\b/g, // AMP's attribute and element, in code
  /\b(?:CSV|PNG|SVG|UTF-8|AMP|https|iframe|pym\.js|Apple News|Ctrl|Mac)\b/g, // formats, code, products, keys
  /\b[a-z]+(?:-[a-z]+)*=/g, // an address's parameter as the editor writes it ("top=")
  /\bdata\/\*\.csv\b|\b[a-z_-]+\.csv\b/g, // the data files' folder and names, as the About names them
  /\b[\w.-]+\.(?:html|org)\b/g, // a page's file name, an example domain, in code
];
