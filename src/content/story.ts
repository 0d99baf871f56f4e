/** The story as the copy desk wrote it, typed. Chart code never imports this. */

export const SECTIONS = [
  "The cost",
  "A divided city",
  "The northeast falls",
  "The southeast and the Old City",
  "The last pocket",
  "Evacuation",
  "The toll",
  "Aftermath",
] as const;
export type Section = (typeof SECTIONS)[number];

export interface Beat {
  id: string;
  /** A short title of the moment, our own words: share pages and the editors' page name it. */
  hed: string;
  section: Section;
  /** The ISO date the beat is about. */
  date: string;
  graphic: string;
  state: string;
  text: string;
  /** Ids the graphic should single out (districts on the map). */
  highlight: string[];
  /** Ids of earlier beats merged into this one: old links to them land here. */
  formerly: string[];
  /** Shown before the beat, for passages about killings. */
  contentNote: string | undefined;
  /** Where the beat starts in the copy file. */
  line: number;
}

/** What readers are told was wrong in an earlier version, and what is right. */
export interface Correction {
  /** The ISO date the story was corrected. */
  date: string;
  text: string;
  /** Where the correction starts in the copy file. */
  line: number;
}

export interface Story {
  headline: string;
  standfirst: string;
  dateline: string;
  /** The ISO date the story was first published. */
  published: string;
  beats: Beat[];
  about: string[];
  /** Oldest first; empty until the story is first corrected. */
  corrections: Correction[];
}

/** The date the story last changed for its readers: its latest correction, or publication. */
export function dateModified(story: Pick<Story, "published" | "corrections">): string {
  return story.corrections.at(-1)?.date ?? story.published;
}

/** Every graphic's known state names; the copy may name only these. */
export type KnownStates = Readonly<Record<string, readonly string[]>>;
