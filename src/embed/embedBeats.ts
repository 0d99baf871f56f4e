import type { GraphicState } from "../charts/types.ts";
import { embedPath } from "./embedStates.ts";

/** What a graphic's embed needs of a beat: the story's own fields, nothing else. */
interface BeatShowing extends GraphicState {
  id: string;
  graphic: string;
  /** Ids of earlier beats merged into this one. */
  formerly?: readonly string[];
}

/** A beat as its graphic's embed shows it: the story's picture at that beat, exactly. */
export interface EmbedBeat extends GraphicState {
  /** The beat's id in the story (`?beat=` takes it, and any id it had before a merge). */
  id: string;
  graphic: string;
  formerly: readonly string[];
}

/**
 * Every beat of each graphic, in story order: each with the state, date and highlight its
 * beat gives the graphic, so the embed at a beat draws what the story draws there. Beats
 * that show the same picture stay apart: each is a moment of its own to link to.
 */
export function embedBeats(beats: readonly BeatShowing[]): Map<string, EmbedBeat[]> {
  const byGraphic = new Map<string, EmbedBeat[]>();
  for (const beat of beats) {
    const list = byGraphic.get(beat.graphic) ?? [];
    byGraphic.set(beat.graphic, list);
    list.push({
      id: beat.id,
      graphic: beat.graphic,
      state: beat.state,
      date: beat.date,
      highlight: beat.highlight,
      formerly: beat.formerly ?? [],
    });
  }
  return byGraphic;
}

/**
 * The beat an address's `beat=` names, among a graphic's beats: its id, or the id of the
 * beat that now holds the words of a merged one; undefined when it names neither.
 */
export function resolveBeat(
  asked: string,
  beats: readonly Pick<EmbedBeat, "id" | "formerly">[],
): string | undefined {
  return beats.find((b) => b.id === asked)?.id ?? beats.find((b) => b.formerly.includes(asked))?.id;
}

/** An embed's address inside dist/, opened at a beat: its steps are the graphic's beats. */
export const beatEmbedUrl = (b: Pick<EmbedBeat, "graphic" | "id">) =>
  `${embedPath(b.graphic)}?beat=${b.id}`;
