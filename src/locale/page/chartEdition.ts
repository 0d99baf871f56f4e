import { EDITIONS } from "../editions.ts";
import { en } from "../en.ts";
import type { Edition } from "../types.ts";
import { languageKey } from "./client.ts";

/**
 * FALLBACK (#21, to remove when the Arabic chart edition is merged): a page whose language
 * has no chart edition yet in `EDITIONS` draws its graphics with the English one. The one
 * place the page's edition is chosen for the charts, at build and in the browser; once
 * `EDITIONS.ar` exists the fallback never applies and `chartsFallBack` is false for it.
 */
export function chartEdition(lang: string): Edition {
  return EDITIONS[languageKey(lang)] ?? en;
}

/** Whether the page's graphics fall back to English (their words are then not its own). */
export const chartsFallBack = (lang: string): boolean => !(languageKey(lang) in EDITIONS);
