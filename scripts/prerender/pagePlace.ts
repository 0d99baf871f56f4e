import { html } from "./html.ts";

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
}

export const STORY_PAGE: PagePlace = { root: "" };

/** A link's target attribute for a link that leaves the story. */
export const leaving = (place: PagePlace) => (place.framed ? html` target="_top"` : "");
