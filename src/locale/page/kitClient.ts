import { languageKey } from "./client.ts";

/**
 * The few words the kit's pages write in the browser: an embed's step count and its live
 * line, and what it says of a bad address; the editors' page's Copy notes and its
 * addresses' line. Chosen by the page's `<html lang>`, as the story's (`client.ts`).
 */
export interface KitClientWords {
  /** After the date: ", 3 of 8". */
  stepCount(position: number, total: number): string;
  /** The live region's line as a step is shown: its date, then what it shows. */
  stepLine(when: string, description: string): string;
  /** The line a mistyped address gets (the problems themselves stay in English: for developers). */
  addressProblems(problems: string): string;
  copied: string;
  selected: string;
  selectedHint: string;
  /** The editors' page's line once its script has made every address absolute. */
  addressesFrom(base: string): string;
}

export const enKitClient: KitClientWords = {
  stepCount: (position, total) => `, ${position} of ${total}`,
  stepLine: (when, description) => `${when}: ${description}`,
  addressProblems: (problems) => `This embed ignored part of its address: ${problems}.`,
  copied: "Copied",
  selected: "Selected",
  selectedHint: "Selected: press Ctrl+C, or ⌘C on a Mac, to copy",
  addressesFrom: (base) =>
    `Every address below is absolute, under ${base}, where this page was opened. Open it from the address the story is published at, so that the code points there.`,
};

export const arKitClient: KitClientWords = {
  stepCount: (position, total) => `، ${position} من ${total}`,
  stepLine: (when, description) => `${when}: ${description}`,
  addressProblems: (problems) => `تجاهل هذا التضمين جزءاً من عنوانه: ${problems}.`,
  copied: "نُسخ",
  selected: "حُدِّد",
  selectedHint: "حُدِّد النص: اضغطوا Ctrl+C، أو ⌘C على جهاز Mac، لنسخه",
  addressesFrom: (base) =>
    `كل العناوين أدناه مطلقة، تحت ${base}، حيث فُتحت هذه الصفحة. افتحوها من العنوان المنشورة عليه القصة، لتشير الشيفرة إليه.`,
};

const KIT_CLIENT_WORDS: Readonly<Record<string, KitClientWords>> = {
  en: enKitClient,
  ar: arKitClient,
};

/** The kit's browser words for a page whose root says `lang`; English for any other. */
export const kitClientWordsFor = (lang: string): KitClientWords =>
  KIT_CLIENT_WORDS[languageKey(lang)] ?? enKitClient;
