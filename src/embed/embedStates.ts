import type { GraphicState } from "../charts/types.ts";
import { compareDates } from "../dates.ts";

/** What a graphic's embed needs of a beat: the story's own fields, nothing else. */
interface BeatShowing extends GraphicState {
  id: string;
  graphic: string;
}

/** A state a graphic's embed can show, as the story first shows it. */
export interface EmbedState extends GraphicState {
  /** `<graphic>-<state>`: the manifest's id and the picture's name. */
  id: string;
  graphic: string;
  /** The first beat that shows this state: its date and highlight are the state's. */
  beat: string;
}

/**
 * The states each graphic's embed steps through: the ones the story uses, each at the date
 * of the first beat that shows it, in date order (Next never goes back in time, though the
 * story opens on its end); states of one date keep the story's order. The manifest, the
 * editors' page and the embed pages read this one list.
 */
export function embedStates(beats: readonly BeatShowing[]): Map<string, EmbedState[]> {
  const byGraphic = new Map<string, EmbedState[]>();
  for (const beat of beats) {
    const states = byGraphic.get(beat.graphic) ?? [];
    byGraphic.set(beat.graphic, states);
    if (states.some((s) => s.state === beat.state)) continue;
    states.push({
      id: `${beat.graphic}-${beat.state}`,
      graphic: beat.graphic,
      state: beat.state,
      date: beat.date,
      highlight: beat.highlight,
      beat: beat.id,
    });
  }
  // Array.prototype.sort is stable: same-date states stay in story order.
  for (const states of byGraphic.values()) states.sort((a, b) => compareDates(a.date, b.date));
  return byGraphic;
}

/** Where the build ships pym.js's parent for editors' embed code: our own copy. */
export const PYM_PATH = "embed/pym.v1.min.js";

/** An embed's address inside dist/, opened at a state. */
export const embedPath = (graphic: string) => `embed/${graphic}.html`;
export const embedUrl = (s: EmbedState) => `${embedPath(s.graphic)}?state=${s.state}`;
