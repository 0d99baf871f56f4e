import { SECTION_TITLES_AR } from "../../src/content/sections.ar.ts";
import type { Section } from "../../src/content/story.ts";
import { arPage } from "../../src/locale/page/ar.ts";
import { ENGLISH, type PageLanguage } from "./pagePlace.ts";

/** An edition of the story page: its language, and where its pages are in dist/. */
export interface PageEdition {
  /** The language's short tag, as `StorySourceOptions.editions` names it: "en", "ar". */
  key: string;
  /** The folder of its index.html and list.html inside dist/: "" for English, "ar/". */
  folder: string;
  language: PageLanguage;
}

export const ENGLISH_EDITION: PageEdition = { key: "en", folder: "", language: ENGLISH };

export const ARABIC_EDITION: PageEdition = {
  key: "ar",
  folder: "ar/",
  language: {
    words: arPage,
    sectionTitle: (section) => SECTION_TITLES_AR[section as Section] ?? section,
  },
};

/** Every edition of the story page, by its key; English first, the default. */
export const PAGE_EDITIONS: Readonly<Record<string, PageEdition>> = {
  en: ENGLISH_EDITION,
  ar: ARABIC_EDITION,
};

/** The way from an edition's pages to the root of dist/: "" or "../". */
export const editionRoot = (edition: PageEdition) =>
  "../".repeat(edition.folder.split("/").length - 1);

/**
 * An edition's public address, the folder its pages are in (`base` + "ar/"), or undefined
 * with none: every address its kit writes is relative to that folder, as English's to dist/.
 */
export const editionBase = (base: string | undefined, edition: PageEdition) =>
  base && new URL(edition.folder, base).href;

/** The editions a kit's page is written in: its own, and every one the build writes. */
export interface KitEditions {
  edition: PageEdition;
  editions: readonly PageEdition[];
}
