/**
 * Latin-script words the Arabic edition may print in its charts, the one place to allow
 * them, each with why (`tests/unit/charts/arabic.test.ts`). None today: claimants, units
 * and places are all written in Arabic (قسد, not SDF; كم², not km²). Digits are not words.
 */
export const LATIN_ALLOWED: readonly RegExp[] = [];

/**
 * Latin-script words the Arabic edition's kit pages (its embeds, editors' page and moment
 * pages: `tests/unit/scripts/share/arabicKit.test.ts`) may show, each with why. Code, file
 * formats and the names of products stay as the editor types or buys them; the source is
 * named by its own title; the organisation by the name the build is given.
 */
export const LATIN_ALLOWED_KIT: readonly RegExp[] = [
  /\bEnglish\b/g, // the switch to the English edition, named in its own language
  /Aleppo offensive \(November–December 2016\)/g, // the source article's title, as Wikipedia gives it
  /\bCC BY-SA 4\.0\b/g, // the licence's name
  /\bThe Aleppo graphics desk\b/g, // the default organisation (STORY_ORGANISATION)
  /https?:\/\/\S+/g, // an address: the story's, where the build was given it
  /\b(?:allow-same-origin|amp-iframe)\b/g, // AMP's attribute and element, in code
  /\b(?:CSV|PNG|SVG|UTF-8|AMP|https|iframe|pym\.js|Apple News|Ctrl|Mac)\b/g, // formats, code, products, keys
  /\b[a-z]+(?:-[a-z]+)*=/g, // an address's parameter as the editor writes it ("top=")
  /\bdata\/\*\.csv\b|\b[a-z_-]+\.csv\b/g, // the data files' folder and names, as the About names them
  /\b[\w.-]+\.(?:html|org)\b/g, // a page's file name, an example domain, in code
];
