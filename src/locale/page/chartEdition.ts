import { EDITIONS } from "../editions.ts";
import type { Edition } from "../types.ts";
import { languageKey } from "./client.ts";

/**
 * The charts' edition for a page's language: the one place it is chosen, at build and in
 * the browser. A page in a language with no chart edition in `EDITIONS` is a mistake in the
 * build's editions, refused here rather than drawn in another language.
 */
export function chartEdition(lang: string): Edition {
  const edition = EDITIONS[languageKey(lang)];
  if (!edition) throw new Error(`no chart edition for the page language "${lang}" (EDITIONS)`);
  return edition;
}
