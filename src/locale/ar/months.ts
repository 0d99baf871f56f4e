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
