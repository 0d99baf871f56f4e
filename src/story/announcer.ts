import type { ClientBeat } from "./clientStory.ts";
import { whenScrollSettles } from "./settle.ts";

/**
 * The line to say of a beat's graphic, or null when there is nothing new to say: the
 * graphic's title only when the graphic has changed, and never the line just said.
 */
export function announcement(
  beat: ClientBeat,
  graphicShown: string | null,
  lastSaid: string,
): string | null {
  const line = beat.graphic === graphicShown ? beat.announce.sameGraphic : beat.announce.newGraphic;
  return line && line !== lastSaid ? line : null;
}

/**
 * The live region speaks of the graphic only (a screen reader reads the beat's own text
 * as the reader reaches it), and only once scrolling settles: a fling past five beats
 * says one line, about where the reader stopped.
 */
export function createAnnouncer(region: HTMLElement) {
  let graphicShown: string | null = null;
  let lastSaid = "";
  let pending: ClientBeat | null = null;
  const settle = whenScrollSettles(() => {
    if (!pending) return;
    const line = announcement(pending, graphicShown, lastSaid);
    graphicShown = pending.graphic;
    pending = null;
    if (line) {
      lastSaid = line;
      region.textContent = line;
    }
  });
  return {
    /** The beat on screen when the story starts: seen, not announced. */
    start(beat: ClientBeat) {
      graphicShown = beat.graphic;
    },
    changed(beat: ClientBeat) {
      pending = beat;
      settle.wait();
    },
  };
}
