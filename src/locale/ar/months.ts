/**
 * The Arabic edition's months (README: "Arabic edition: choices"): the Syriac names Syrian
 * readers use (تشرين الثاني، كانون الأول), paired with the pan-Arab name only in the dateline
 * ("15 تشرين الثاني/نوفمبر").
 */

/** Month names, January first: `AR_MONTHS[0]` is كانون الثاني. */
export const AR_MONTHS = [
  "كانون الثاني",
  "شباط",
  "آذار",
  "نيسان",
  "أيار",
  "حزيران",
  "تموز",
  "آب",
  "أيلول",
  "تشرين الأول",
  "تشرين الثاني",
  "كانون الأول",
] as const;

/** The pan-Arab month names, January first, for the dateline's pairing only. */
export const AR_MONTHS_PAN_ARAB = [
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "مايو",
  "يونيو",
  "يوليو",
  "أغسطس",
  "سبتمبر",
  "أكتوبر",
  "نوفمبر",
  "ديسمبر",
] as const;

/**
 * The Syriac months as Levantine charts and tables shorten them: the two Tishreens and
 * Kanuns by their number (ت1، ت2، ك1، ك2), the rest in full.
 */
export const AR_MONTHS_SHORT = [
  "ك2",
  "شباط",
  "آذار",
  "نيسان",
  "أيار",
  "حزيران",
  "تموز",
  "آب",
  "أيلول",
  "ت1",
  "ت2",
  "ك1",
] as const;
