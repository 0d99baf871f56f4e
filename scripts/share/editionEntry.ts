import { EDITORS_PATH } from "../editors/editorsKit.ts";
import type { PageEdition } from "../prerender/pageEditions.ts";
import type { EditionEntry, EmbedsManifest } from "./manifest.ts";

/** The list page's name beside each edition's story page. */
const LIST = "list.html";

/**
 * One edition's entry in embeds.json's `editions`: its language and direction, and its
 * pages' paths inside dist/, read from its own kit's manifest (whose paths are inside the
 * edition's folder) with the folder put in front.
 */
export function editionEntry(edition: PageEdition, manifest: EmbedsManifest): EditionEntry {
  const at = (path: string) => `${edition.folder}${path}`;
  const { words } = edition.language;
  return {
    lang: words.hreflang,
    dir: words.dir,
    story: at(manifest.story.url),
    list: at(LIST),
    editors: at(EDITORS_PATH),
    embeds: {
      graphics: manifest.graphics.map((g) => ({
        graphic: g.graphic,
        title: g.title,
        embed: at(g.embed),
      })),
      story: at(manifest.story.embed),
      chapters: manifest.story.chapters.map((c) => ({ ...c, embed: at(c.embed) })),
      ...(manifest.story.explore?.[0] && { explore: at(manifest.story.explore[0].embed) }),
    },
    moments: manifest.moments.map((m) => ({ beat: m.beat, url: at(m.url), image: at(m.image) })),
  };
}
