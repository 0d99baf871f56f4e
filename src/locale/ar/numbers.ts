import { formatNumber as western } from "../en/numbers.ts";

/** Left-to-right isolate and its end: a figure's run keeps its order inside Arabic text. */
export const LRI = "\u2066";
export const PDI = "\u2069";

/** "34,000"; "3.5": Western digits, a comma between thousands (README: "Arabic edition"). */
export const formatNumber = western;

/** A run that must read left to right ("614–990+") isolated; a bare figure left bare. */
const isolate = (run: string) => (/^[\d.,]+$/.test(run) ? run : `${LRI}${run}${PDI}`);

/** "614–990+", "82": the English shape, isolated so "+" stays after the figure in RTL. */
export function formatRange(low: number, high: number, openEnded: boolean): string {
  const core = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  return isolate(`${core}${openEnded ? "+" : ""}`);
}

/** "أ"، "أ وب"، "أ وب وج": each name after the first joined by و, as Arabic lists run. */
export function listJoin(names: readonly string[]): string {
  return names.map((name, i) => (i === 0 ? name : `و${name}`)).join(" ");
}

/**
 * The forms of each noun the edition counts: one, two (dual), 3–10 (plural), 11–99 (singular
 * accusative) and 100, 101, 102… (singular genitive).
 */
const NOUNS: Readonly<Record<string, readonly [string, string, string, string, string]>> = {
  حي: ["حي", "حيّان", "أحياء", "حياً", "حي"],
  "حي مسمّى": ["حي مسمّى", "حيّان مسمّيان", "أحياء مسمّاة", "حياً مسمّى", "حي مسمّى"],
  رقم: ["رقم", "رقمان", "أرقام", "رقماً", "رقم"],
  تصريح: ["تصريح", "تصريحان", "تصريحات", "تصريحاً", "تصريح"],
  إحصاء: ["إحصاء", "إحصاءان", "إحصاءات", "إحصاءً", "إحصاء"],
  ادعاء: ["ادعاء", "ادعاءان", "ادعاءات", "ادعاءً", "ادعاء"],
};

/** Which of a noun's five forms a count takes (Arabic number agreement; 0 takes the plural). */
export function pluralForm(n: number): 0 | 1 | 2 | 3 | 4 {
  const rest = n % 100;
  if (n === 1) return 0;
  if (n === 2) return 1;
  if (n === 0 || (rest >= 3 && rest <= 10)) return 2;
  if (rest >= 11) return 3;
  return 4;
}

/** The noun a count takes: `plural(1, "حي")` is حي, of 2 حيّان, of 5 أحياء, of 35 حياً. */
export function plural(n: number, noun: string): string {
  return NOUNS[noun]?.[pluralForm(n)] ?? noun;
}

/** "حي واحد"، "حيّان"، "5 أحياء"، "35 حياً": the dual carries its own number. */
export function countOf(n: number, noun: string): string {
  const form = pluralForm(n);
  if (form === 0) return `${plural(n, noun)} واحد`;
  if (form === 1) return plural(n, noun);
  return `${formatNumber(n)} ${plural(n, noun)}`;
}
