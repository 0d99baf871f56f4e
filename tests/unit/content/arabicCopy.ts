import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KNOWN_STATES } from "../../../src/charts/registry.ts";
import { parseStory } from "../../../src/content/parseStory.ts";
import { AR_MONTHS, AR_MONTHS_PAN_ARAB, westernDigits } from "../../../src/locale/ar.ts";
import { MONTHS_LONG } from "../../../src/locale/en/dates.ts";

/** The Arabic copy, by the path the build would name in its errors. */
export const AR_COPY = "src/content/story.ar.aml";

/** The raw Arabic copy, as on disk. */
export const arabicText = readFileSync(join(import.meta.dirname, "../../..", AR_COPY), "utf8");

/** The Arabic copy, parsed with the English copy's checks. */
export const arabicStory = parseStory(arabicText, AR_COPY, KNOWN_STATES);

const EN_MONTHS = MONTHS_LONG;
const monthNumber = (name: string) => {
  for (const names of [EN_MONTHS, AR_MONTHS, AR_MONTHS_PAN_ARAB]) {
    const i = (names as readonly string[]).indexOf(name);
    if (i !== -1) return i + 1;
  }
  throw new Error(`not a month: ${name}`);
};
const ANY_MONTH = [...EN_MONTHS, ...AR_MONTHS, ...AR_MONTHS_PAN_ARAB].join("|");
/** A day and its month ("15 November", "15 كانون الأول"); the Arabic may pair two names. */
const DAY_MONTH = new RegExp(`(?<![\\d,.])(\\d{1,2}) (${ANY_MONTH})(?:/(?:${ANY_MONTH}))?`, "g");
const YEAR = /(?<![\d,.])(?:19|20)\d\d(?![\d,.]*\d)/g;

/**
 * The dates a text names, as "day-month" and years, sorted: in either language, in either
 * digit system. "15 November 2016" and "15 كانون الأول/ديسمبر 2016" give ["15-12", "2016"].
 */
export function datesOf(text: string): string[] {
  const t = westernDigits(text);
  const days = [...t.matchAll(DAY_MONTH)].map((m) => `${m[1]}-${monthNumber(m[2] ?? "")}`);
  const years = t.replace(DAY_MONTH, " ").match(YEAR) ?? [];
  return [...days, ...years].sort();
}

/**
 * The figures a text carries, as plain numbers, sorted: every numeral once, a range as its
 * two ends ("3,400–5,000" and "ما بين 3,400 و5,000" alike), digits of either system
 * ("٣٤٬٠٠٠" is 34000). Dates and years are left out (`datesOf` compares them).
 */
export function figuresOf(text: string): string[] {
  const t = westernDigits(text).replace(DAY_MONTH, " ").replace(YEAR, " ");
  return (t.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, "")).sort();
}

/**
 * Each claimant or named party as the English copy names it, and as the Arabic must: by the
 * name its own Arabic publications use (ARABIC.md), in full or short.
 */
export const CLAIMANTS: readonly { name: string; en: RegExp; ar: RegExp }[] = [
  { name: "SOHR", en: /\bSOHR\b|Syrian Observatory/, ar: /المرصد السوري/ },
  { name: "the Red Cross", en: /Red Cross/, ar: /لصليب الأحمر/ },
  { name: "the UN", en: /\bUN\b|UNICEF/, ar: /لأمم المتحدة|يونيسف/ },
  { name: "UNICEF", en: /UNICEF|children's agency/, ar: /يونيسف/ },
  { name: "Russia", en: /Russia/, ar: /روس/ },
  {
    name: "Russia's defence ministry",
    en: /defence ministry/,
    ar: /وزارة (الدفاع الروسية|دفاعها)/,
  },
  { name: "Russia's defence minister", en: /defence minister\b/, ar: /وزير الدفاع الروسي/ },
  { name: "the Syrian army", en: /Syrian army/, ar: /الجيش السوري/ },
  {
    name: "rebels, as claimants",
    en: /\b[Rr]ebels? (said|officials?|denied)|rebel official/,
    ar: /(قالت|نفت) (فصائل )?المعارضة|مسؤول(ون)? في المعارضة/,
  },
  { name: "Amnesty", en: /Amnesty/, ar: /منظمة العفو الدولية/ },
  { name: "Turkey's president", en: /Turkey's president/, ar: /الرئيس التركي/ },
  { name: "Syria's president", en: /Syria's president/, ar: /الرئيس السوري/ },
  { name: "Al-Masdar", en: /Al-Masdar/, ar: /موقع المصدر/ },
  { name: "Jan Egeland", en: /Egeland/, ar: /يان إيغلاند/ },
  { name: "Staffan de Mistura", en: /de Mistura/, ar: /ستافان دي ميستورا/ },
  { name: "Jens Laerke", en: /Laerke/, ar: /ينس لاركه/ },
  { name: "Sergei Rudskoi", en: /Rudskoi/, ar: /سيرغي رودسكوي/ },
  { name: "Samir Suleiman", en: /Suleiman/, ar: /سمير سليمان/ },
  { name: "the SDF", en: /\bSDF\b|Syrian Democratic Forces/, ar: /قوات سوريا الديمقراطية|قسد/ },
  { name: "the Tiger Forces", en: /Tiger Forces/, ar: /قوات النمر/ },
  { name: "Hezbollah", en: /Hezbollah/, ar: /حزب الله/ },
  { name: "Jabhat Fateh al-Sham", en: /Jabhat Fateh al-Sham/, ar: /جبهة فتح الشام/ },
  { name: "Fatah Halab", en: /Fatah Halab/, ar: /فتح حلب/ },
  { name: "Jaysh al-Fatah", en: /Jaysh al-Fatah/, ar: /جيش الفتح/ },
  { name: "Ahrar al-Sham", en: /Ahrar al-Sham/, ar: /أحرار الشام/ },
  { name: "Nour al-Din al-Zenki", en: /Zenki/, ar: /نور الدين الزنكي/ },
  { name: "Islamic State", en: /Islamic State/, ar: /تنظيم الدولة الإسلامية/ },
  { name: "Liwa al-Quds", en: /Liwa al-Quds/, ar: /لواء القدس/ },
  { name: "Liwa Fatemiyoun", en: /Fatemiyoun/, ar: /لواء فاطميون/ },
  { name: "the Popular Mobilization Forces", en: /Popular Mobilization/, ar: /الحشد الشعبي/ },
  { name: "al-Nujaba", en: /Nujaba/, ar: /النجباء/ },
];

/** The claimants and parties an English text names, and those its Arabic leaves out. */
export function missingClaimants(english: string, arabic: string): string[] {
  return CLAIMANTS.filter(({ en, ar }) => en.test(english) && !ar.test(arabic)).map((c) => c.name);
}

/** The words of a text outside quotation marks («…», "…", “…”): our own voice. */
export const ownVoiceAr = (text: string) => text.replace(/«[^»]*»|"[^"]*"|“[^”]*”/g, " ");

const normalise = (word: string) =>
  word.replace(/[\u064B-\u0652\u0640\u0670]/g, "").replace(/[أإآٱ]/g, "ا");
/** و/ف, then ب/ل/ك, then the article (ال, or لل after ل). */
const PREFIX = "(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?";
const LOADED = [
  new RegExp(
    `^${PREFIX}(?:تحرير|حرر|ارهاب|شهيد|شهدا|استشهد|مجزر|مجازر|مذبح|مذابح|عصاب|مرتزق|ثوار|احتل)`,
  ),
  new RegExp(`^${PREFIX}مسلح(?:ون|ين)$`),
  /** "the regime", for the government: the bare noun نظام (a system) is not loaded. */
  /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)نظام/,
];

/** The words that take a side in a text, outside quotation marks. */
export function loadedWords(text: string): string[] {
  const words = ownVoiceAr(text).match(/[\u0621-\u065F\u0670-\u06D3]+/g) ?? [];
  return words.filter((w) => LOADED.some((pattern) => pattern.test(normalise(w))));
}
