import { createHash } from "node:crypto";
import { graphic } from "../../src/charts/registry.ts";
import type { ChartRecords } from "../../src/charts/types.ts";
import type { Story } from "../../src/content/story.ts";
import { type PictureCopy, picturePath, pictureSvg } from "../pictures/picture.ts";
import { svgDownloads } from "../pictures/svgDownloads.ts";
import type { StaticGraphic } from "../prerender/staticGraphics.ts";
import type { EmbedsManifest } from "./manifest.ts";

/** An SVG the build rasterises to a PNG this many pixels wide. */
export interface Raster {
  svg: string;
  width: number;
}

/** One beat's picture: its file, its size, and the version that changes with it. */
export interface BeatPicture {
  path: string;
  version: string;
  width: number;
  height: number;
}

export const contentHash = (text: string) =>
  createHash("sha256").update(text).digest("hex").slice(0, 10);

/**
 * A picture of every beat's graphic, as the story shows it at that beat, each in a file
 * named for the beat (`pictures/<graphic>-<beat>.png`); and the distinct pictures among
 * them, each listing the beats that show it (the manifest's `pictures`, named by the first
 * of those beats' files). Beats that show the same picture get files of the same bytes:
 * the build draws each distinct SVG once (`picturesPlugin`). Each distinct picture is also
 * offered as SVG files for a phone, a column and a wide page (`files`, `svgDownloads`).
 */
export function beatPictures(
  story: Story,
  records: ChartRecords,
  graphics: ReadonlyMap<string, StaticGraphic>,
  copy: PictureCopy,
) {
  const rasters = new Map<string, Raster>();
  const byBeat = new Map<string, BeatPicture>();
  const distinct = new Map<string, EmbedsManifest["pictures"][number]>();
  const files = new Map<string, string>();
  for (const beat of story.beats) {
    const state = { state: beat.state, date: beat.date, highlight: beat.highlight };
    const drawn = pictureSvg(graphic(beat.graphic), records, state, copy);
    const path = picturePath(beat.graphic, beat.id);
    const version = contentHash(drawn.svg);
    rasters.set(path, { svg: drawn.svg, width: drawn.width });
    byBeat.set(beat.id, { path, version, width: drawn.width, height: drawn.height });
    const known = distinct.get(version);
    if (known) {
      known.beats.push(beat.id);
      continue;
    }
    const svgs = svgDownloads(graphic(beat.graphic), records, state, copy, drawn);
    for (const [file, svg] of svgs.files) files.set(file, svg);
    distinct.set(version, {
      graphic: beat.graphic,
      state: beat.state,
      date: beat.date,
      image: path,
      width: drawn.width,
      height: drawn.height,
      description: (graphics.get(beat.id) as StaticGraphic).description,
      beats: [beat.id],
      svgs: svgs.entries,
    });
  }
  return { rasters, byBeat, pictures: [...distinct.values()], files };
}
