import { createHash } from "node:crypto";
import { pictureName } from "../../src/charts/accessibleSvg.ts";
import { announcements } from "../../src/charts/headline.ts";
import { graphic } from "../../src/charts/registry.ts";
import type { ChartRecords, Size } from "../../src/charts/types.ts";
import type { Beat } from "../../src/content/story.ts";
import { heightBreakpoint } from "../../src/styles/breakpoints.ts";
import { renderSvg } from "./renderSvg.ts";

/**
 * The sizes every state is drawn at: the first whose `media` matches the viewport is used,
 * the last is the default. An <img> cannot load the page's font, so its text is set a tenth
 * smaller in a wider system face (renderSvg's STATIC_SCALE); each drawing is therefore a
 * tenth narrower than the page's column gives it at those viewports (its width less 2rem,
 * at most 36rem), and shown enlarged to fill it, so its text is seen at the chart's 12 px
 * or more, never shrunk. Chosen by viewport, not by `w` descriptors and `sizes`: those let
 * a 3× phone take the widest drawing for its pixels and show it shrunk to a third.
 */
export const STATIC_SIZES = [
  // A landscape phone or a zoomed laptop: short enough to see whole with its beat's text.
  {
    key: "short",
    media: `(min-width: 608px) and (max-height: ${heightBreakpoint.tallScreen - 1}px)`,
    width: 518,
    height: 270,
  },
  { key: "wide", media: "(min-width: 608px)", width: 518, height: 378 },
  { key: "medium", media: "(min-width: 392px)", width: 324, height: 306 },
  // The column of a 320 px screen is 288 px wide.
  { key: "narrow", media: "", width: 259, height: 270 },
] as const satisfies readonly (Size & { key: string; media: string })[];

export type StaticSize = (typeof STATIC_SIZES)[number];

/** The size the share cards and pictures draw the chart at, then scale into their frame. */
export const PICTURE_CHART_SIZE = { width: 640, height: 460 } as const satisfies Size;

export interface StaticGraphic {
  /** A drawing's path for each of STATIC_SIZES, in their order. */
  paths: string[];
  /** The pictures' short name. */
  name: string;
  /** What they show, said once, in the caption. */
  description: string;
  /** What the live region says when the state comes on screen. */
  announce: ReturnType<typeof announcements>;
  title: string;
}

/**
 * Draws the graphic state of every beat as SVG files (one per distinct picture, named by
 * content) and returns, per beat, where its pictures are and what they say.
 */
export function staticGraphics(beats: readonly Beat[], records: ChartRecords) {
  const files = new Map<string, string>();
  const byBeat = new Map<string, StaticGraphic>();
  for (const beat of beats) {
    const definition = graphic(beat.graphic);
    const state = { state: beat.state, date: beat.date, highlight: beat.highlight };
    const paths = STATIC_SIZES.map(({ key, width, height }) => {
      const svg = renderSvg(definition, records, state, { width, height });
      const hash = createHash("sha256").update(svg).digest("hex").slice(0, 10);
      const path = `graphics/${beat.graphic}-${key}-${hash}.svg`;
      files.set(path, svg);
      return path;
    });
    byBeat.set(beat.id, {
      paths,
      name: pictureName(definition, state, records.edition),
      announce: announcements(definition, records, state),
      description: definition.describe(records, state),
      title: definition.title(records.edition),
    });
  }
  return { files, byBeat };
}
