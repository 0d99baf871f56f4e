/**
 * Latin-script words the Arabic edition may print in its charts, the one place to allow
 * them, each with why (`tests/unit/charts/arabic.test.ts`). None today: claimants, units
 * and places are all written in Arabic (قسد, not SDF; كم², not km²). Digits are not words.
 */
export const LATIN_ALLOWED: readonly RegExp[] = [];
