import { enPage } from "../../src/locale/page/en.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
import { html } from "./html.ts";

/** The language a page is written in: its words, and its copy's section titles. */
export interface PageLanguage {
  words: PageWords;
  sectionTitle(section: string): string;
}

/**
 * Where the prerendered story is shown: as the story page itself, or framed in another
 * site's page (embed/story.html). The parts read this to write their addresses and links.
 */
export interface PagePlace {
  /** The way from the page to the root of dist/: "" for the story page, "../" from embed/. */
  root: string;
  /** Set when framed: what leaves the story (its own beat links, the licence) opens in the
   * host's window, and a beat's link is the story's own address at the beat. */
  framed?: { story: string };
  /** The page's language; English where none is given. */
  language?: PageLanguage;
  /**
   * Where a beat's own link goes: its moment's share page (the default), or the beat in the
   * page itself, for an edition whose language has no share pages of its own.
   */
  beatLinks?: "moment" | "anchor";
  /**
   * The language of the graphics' words (their titles, descriptions, drawings, tables and
   * live lines), where it is not the page's: while an edition's charts fall back to English
   * (src/locale/page/chartEdition.ts), they are marked so and drawn left to right.
   */
  charts?: { lang: string; dir: "ltr" | "rtl" };
}

export const ENGLISH: PageLanguage = { words: enPage, sectionTitle: (section) => section };

/** The words of the page at `place`. */
export const wordsAt = (place: PagePlace): PageWords => (place.language ?? ENGLISH).words;

export const STORY_PAGE: PagePlace = { root: "" };

/** The graphics' language on an element holding their words, where it is not the page's. */
export const chartsLanguage = (place: PagePlace) =>
  place.charts ? html` lang="${place.charts.lang}" dir="${place.charts.dir}"` : "";

/** A link's target attribute for a link that leaves the story. */
export const leaving = (place: PagePlace) => (place.framed ? html` target="_top"` : "");
