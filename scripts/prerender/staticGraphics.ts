import { createHash } from "node:crypto";
import { pictureName } from "../../src/charts/accessibleSvg.ts";
import { announcements } from "../../src/charts/headline.ts";
import { graphic } from "../../src/charts/registry.ts";
import type { ChartRecords, Size } from "../../src/charts/types.ts";
import type { Beat } from "../../src/content/story.ts";
import { renderSvg } from "./renderSvg.ts";

/** The two sizes every state is drawn at: a phone's and a desktop's. */
export const STATIC_SIZES = {
  narrow: { width: 360, height: 340 },
  wide: { width: 640, height: 460 },
} as const satisfies Record<string, Size>;

export interface StaticGraphic {
  narrow: string;
  wide: string;
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
    const paths = Object.fromEntries(
      (Object.keys(STATIC_SIZES) as (keyof typeof STATIC_SIZES)[]).map((key) => {
        const svg = renderSvg(definition, records, state, STATIC_SIZES[key]);
        const hash = createHash("sha256").update(svg).digest("hex").slice(0, 10);
        const path = `graphics/${beat.graphic}-${key}-${hash}.svg`;
        files.set(path, svg);
        return [key, path];
      }),
    ) as Record<keyof typeof STATIC_SIZES, string>;
    byBeat.set(beat.id, {
      ...paths,
      name: pictureName(definition, state),
      announce: announcements(definition, records, state),
      description: definition.describe(records, state),
      title: definition.title,
    });
  }
  return { files, byBeat };
}
