import { arPage } from "./ar.ts";
import { languageKey } from "./client.ts";
import { enPage } from "./en.ts";
import type { PageWords } from "./types.ts";

/** The story page's words in each edition, by its language's short tag. */
export const PAGE_WORDS: Readonly<Record<string, PageWords>> = { en: enPage, ar: arPage };

/** The words of the page whose root says `lang`; English for any language without its own. */
export const pageWordsFor = (lang: string): PageWords => PAGE_WORDS[languageKey(lang)] ?? enPage;
