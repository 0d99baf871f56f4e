import { graphic } from "../../src/charts/registry.ts";
import type { Story } from "../../src/content/story.ts";
import { beatEmbedUrl, embedBeats } from "../../src/embed/embedBeats.ts";
import { embedPath } from "../../src/embed/embedStates.ts";
import { en } from "../../src/locale/en.ts";
import type { Edition } from "../../src/locale/types.ts";
import type { StaticGraphic } from "../prerender/staticGraphics.ts";
import type { BeatPicture } from "./beatPictures.ts";
import type { EmbedsManifest } from "./manifest.ts";
import { momentPath } from "./publicUrl.ts";

/**
 * Every graphic with each beat that shows it, in story order, as the manifest lists them:
 * the beat's date and hed, its embed (`?beat=`), its picture and its share page.
 */
export function graphicBeats(
  story: Story,
  pictures: ReadonlyMap<string, BeatPicture>,
  graphics: ReadonlyMap<string, StaticGraphic>,
  edition: Edition = en,
): EmbedsManifest["graphics"] {
  const heds = new Map(story.beats.map((b) => [b.id, b.hed]));
  return [...embedBeats(story.beats)].map(([name, beats]) => ({
    graphic: name,
    title: graphic(name).title(edition),
    embed: embedPath(name),
    beats: beats.map((b) => {
      const picture = pictures.get(b.id);
      const drawn = graphics.get(b.id);
      if (!picture || !drawn) throw new Error(`the beat "${b.id}" has no picture`);
      return {
        id: b.id,
        state: b.state,
        date: b.date,
        title: heds.get(b.id) ?? b.id,
        embed: beatEmbedUrl(b),
        image: picture.path,
        version: picture.version,
        width: picture.width,
        height: picture.height,
        description: drawn.description,
        moment: momentPath(b.id),
      };
    }),
  }));
}
