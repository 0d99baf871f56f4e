import {
  ANNOUNCE,
  ANNOUNCE_NEW,
  BEAT,
  BEAT_GRAPHIC,
  DATE,
  HIGHLIGHT,
  STATE,
} from "../pageContract.ts";
/** What the story needs to know of each beat to drive the graphic. */
export interface ClientBeat {
  id: string;
  graphic: string;
  state: string;
  date: string;
  highlight: string[];
  /** The state's pictures' short name. */
  name: string;
  /** What the state shows, in a sentence: the graphic's caption. */
  description: string;
  title: string;
  /** What the live region says of the graphic: when only its state changed, and when the
   * graphic itself did. */
  announce: { sameGraphic: string; newGraphic: string };
  /** Static pictures of the state, shown until the chart code is loaded: one per source of
   * the picture, in order, then the image's own. */
  pictures: string[];
}

/**
 * The beats as the build prerendered them into the page: the HTML is the one copy of the
 * story the browser gets, so the script reads it rather than carrying it a second time.
 */
export function readBeats(root: ParentNode): ClientBeat[] {
  return [...root.querySelectorAll<HTMLElement>(BEAT.selector)].map((el) => {
    const img = el.querySelector<HTMLImageElement>(".beat-figure img");
    const sources = [...el.querySelectorAll<HTMLSourceElement>(".beat-figure source")];
    const [beat, graphicName, state, date, highlight, announce, announceNew] = [
      BEAT,
      BEAT_GRAPHIC,
      STATE,
      DATE,
      HIGHLIGHT,
      ANNOUNCE,
      ANNOUNCE_NEW,
    ].map((a) => a.read(el));
    if (!beat || !graphicName || !state || !date || !img) {
      throw new Error(`beat ${beat ?? "?"} is missing its data attributes or picture`);
    }
    return {
      id: beat,
      graphic: graphicName,
      state,
      date,
      highlight: highlight ? highlight.split("|") : [],
      name: img.alt,
      description: el.querySelector(".beat-figure .figure-description")?.textContent ?? "",
      announce: { sameGraphic: announce ?? "", newGraphic: announceNew ?? "" },
      title: el.querySelector(".beat-figure .figure-title")?.textContent ?? "",
      pictures: [
        ...sources.map((s) => s.getAttribute("srcset") ?? ""),
        img.getAttribute("src") ?? "",
      ],
    };
  });
}
