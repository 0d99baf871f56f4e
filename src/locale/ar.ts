/**
 * The Arabic edition (README: "Arabic edition: choices"): Syriac month names, Western digits
 * with a comma between thousands, every chart word in sober, neutral Arabic.
 */
import { casualties } from "./ar/casualties.ts";
import { common } from "./ar/common.ts";
import { control } from "./ar/control.ts";
import { axisDate, chartDate, longDate, proseDate } from "./ar/dates.ts";
import { evacuation } from "./ar/evacuation.ts";
import { locator } from "./ar/locator.ts";
import { map } from "./ar/map.ts";
import { AR_MONTHS, AR_MONTHS_PAN_ARAB, AR_MONTHS_SHORT } from "./ar/months.ts";
import { formatNumber, formatRange, listJoin, plural } from "./ar/numbers.ts";
import type { Edition } from "./types.ts";

export { AR_MONTHS, AR_MONTHS_PAN_ARAB };

/** Which digits the edition writes: Western, never Arabic-Indic (٠–٩). */
export const AR_DIGITS = "western" as const;

/** A figure as the Arabic edition writes it: 34000 → "34,000", 3.5 → "3.5". */
export const formatNumberAr = formatNumber;

/** An ISO date as the Arabic copy writes it: "2016-12-15" → "15 كانون الأول 2016". */
export function formatDateAr(iso: string, { year = true } = {}): string {
  return year ? longDate(iso) : proseDate(iso);
}

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Any Arabic-Indic or Persian digits, and the Arabic thousands and decimal signs, turned into
 * the edition's own: "٣٤٬٠٠٠" → "34,000", "٣٫٥" → "3.5".
 */
export function westernDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC, (c) => String((c.codePointAt(0) ?? 0) & 0xf))
    .replace(/\u066C/g, ",")
    .replace(/\u066B/g, ".");
}

/** The Arabic edition: every chart word and format, as the Arabic story prints them. */
export const ar: Edition = {
  lang: "ar",
  dir: "rtl",
  noteFontStyle: "normal",
  months: { long: AR_MONTHS, short: AR_MONTHS_SHORT },
  formatNumber,
  formatRange,
  listJoin,
  plural,
  chartDate,
  axisDate,
  proseDate,
  longDate,
  common,
  control,
  evacuation,
  casualties,
  map,
  locator,
};
