import { formatDateAr } from "../ar.ts";
import { en } from "../en.ts";
import type { PageWords } from "./types.ts";

/** The few page words the browser writes itself as the reader moves: the progress line's. */
export type ClientWords = Pick<PageWords, "progressDate" | "momentCount">;

export const enClient: ClientWords = {
  progressDate: (iso) => `${en.chartDate(iso)} ${iso.slice(0, 4)}`,
  momentCount: (position, total) => `Moment ${position} of ${total}`,
};

export const arClient: ClientWords = {
  progressDate: (iso) => formatDateAr(iso),
  momentCount: (position, total) => `اللحظة ${position} من ${total}`,
};

/** The short tag of a page's language: "en-GB" → "en". */
export const languageKey = (lang: string) => lang.split("-")[0]?.toLowerCase() ?? "";

const CLIENT_WORDS: Readonly<Record<string, ClientWords>> = { en: enClient, ar: arClient };

/**
 * The browser's words for the page whose root says `lang` ("en-GB", "ar"): the language the
 * build wrote the page in decides them, so the page needs no words of its own for them.
 */
export const clientWordsFor = (lang: string): ClientWords =>
  CLIENT_WORDS[languageKey(lang)] ?? enClient;
