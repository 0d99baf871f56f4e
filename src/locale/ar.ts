/**
 * The Arabic edition's months and digits, in one place (README: "Arabic edition: choices").
 *
 * Months: the Syriac names Syrian readers use (تشرين الثاني، كانون الأول), paired with the
 * pan-Arab name only in the dateline ("15 تشرين الثاني/نوفمبر").
 * Digits: Western 0–9, a comma between thousands and a full stop before decimals, the same
 * figures as the English charts' tick labels and the data files.
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

/** Which digits the edition writes: Western, never Arabic-Indic (٠–٩). */
export const AR_DIGITS = "western" as const;

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A figure as the Arabic edition writes it: 34000 → "34,000", 3.5 → "3.5". */
export function formatNumberAr(n: number): string {
  return grouped.format(n);
}

/** An ISO date as the Arabic copy writes it: "2016-12-15" → "15 كانون الأول 2016". */
export function formatDateAr(iso: string, { year = true } = {}): string {
  const [y, m, d] = iso.split("-").map(Number);
  const month = AR_MONTHS[(m ?? 1) - 1];
  return year ? `${d} ${month} ${y}` : `${d} ${month}`;
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
