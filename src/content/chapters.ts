import type { Beat } from "./story.ts";

/**
 * A section's id, from its title, as its heading's id and its chapter's address use it:
 * "The southeast and the Old City" is `the-southeast-and-the-old-city`. Stable as long as
 * the title is.
 */
export const sectionId = (section: string) =>
  section
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** A section of the story on its own: what a chapter's embed shows. */
export interface Chapter {
  id: string;
  title: string;
  beats: readonly Beat[];
}

/** The story's sections, in story order, each with its beats. */
export function storyChapters(beats: readonly Beat[]): Chapter[] {
  const chapters: Chapter[] = [];
  for (const beat of beats) {
    const last = chapters.at(-1);
    if (last?.title === beat.section) (last.beats as Beat[]).push(beat);
    else chapters.push({ id: sectionId(beat.section), title: beat.section, beats: [beat] });
  }
  return chapters;
}
