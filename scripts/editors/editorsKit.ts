import { readFileSync } from "node:fs";
import { graphic } from "../../src/charts/registry.ts";
import { storyChapters } from "../../src/content/chapters.ts";
import type { Story } from "../../src/content/story.ts";
import { DATASETS } from "../../src/data/datasets/index.ts";
import { COLUMN_WIDTHS } from "../../src/editors/embedCode.ts";
import { embedStates, embedUrl } from "../../src/embed/embedStates.ts";
import { chartEdition } from "../../src/locale/page/chartEdition.ts";
import { enPage } from "../../src/locale/page/en.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
import { graphicCsvPath } from "../data/tableCsv.ts";
import { chapterEmbedPath, STORY_EMBED_PATH } from "../embed/storyEmbedPage.ts";
import { pictureLink } from "../pictures/picture.ts";
import type { StaticGraphic } from "../prerender/staticGraphics.ts";
import type { EmbedsManifest } from "../share/manifest.ts";
import type { EditorsBeat, EditorsGraphic, EditorsPageInput, FrameHeight } from "./editorsPage.ts";

/** Where the editors' page is built, inside dist/. */
export const EDITORS_PATH = "editors.html";

/**
 * What each embed state needs in px at its tallest, measured in a browser on the built
 * embeds (the build has none): written by `UPDATE_FRAME_HEIGHTS=1` and checked against
 * the real pages by tests/e2e/frameHeights.spec.ts.
 */
export const FRAME_HEIGHTS_FILE = new URL("./frameHeights.json", import.meta.url);

export interface FrameHeights {
  measuredAt: number[];
  frames: Record<string, FrameHeight>;
}

export function readFrameHeights(): FrameHeights {
  return JSON.parse(readFileSync(FRAME_HEIGHTS_FILE, "utf8")) as FrameHeights;
}

/** The tallest of some measured heights, field by field: a guess for a state not measured. */
export function tallestHeight(of: readonly FrameHeight[]): FrameHeight {
  const most = (pick: (h: FrameHeight) => number | undefined) =>
    Math.max(0, ...of.map((h) => pick(h) ?? 0));
  return {
    stepped: most((h) => h.stepped),
    fixed: most((h) => h.fixed),
    columns: Object.fromEntries(
      COLUMN_WIDTHS.map((w) => [String(w), most((h) => h.columns?.[String(w)] ?? h.fixed)]),
    ),
  };
}

/**
 * The edition a kit is listed in: its words, its folder (`frameHeights.json` keeps its
 * heights as `<folder><graphic>-<state>`: "ar/control-overview"), and the way from it to
 * dist/'s root, where the source tables are.
 */
export interface ListedIn {
  words: PageWords;
  folder: string;
  root: string;
  /** A section's title in the edition, from its key in the copy. */
  sectionTitle(section: string): string;
}

const ENGLISH_LISTING: ListedIn = {
  words: enPage,
  folder: "",
  root: "",
  sectionTitle: (section) => section,
};

/**
 * Every graphic's states as the editors' page lists them, from the story, the static
 * pictures and the manifest. A state not measured yet gets the tallest height measured
 * for its graphic (the browser test then fails until it is measured); `unmeasured` names
 * them for the build to say so.
 */
export function editorsGraphics(
  story: Story,
  graphics: ReadonlyMap<string, StaticGraphic>,
  manifest: EmbedsManifest,
  heights: FrameHeights,
  listed: ListedIn = ENGLISH_LISTING,
): { graphics: EditorsGraphic[]; unmeasured: string[] } {
  const unmeasured: string[] = [];
  const frame = (id: string) => heights.frames[`${listed.folder}${id}`];
  // A state of an edition not measured yet: the tallest of its own graphic's, or English's.
  const fallback = (ids: readonly string[]) => {
    const own = ids.flatMap((id) => frame(id) ?? []);
    const english = ids.flatMap((id) => heights.frames[id] ?? []);
    return own.length > 0 ? own : english.length > 0 ? english : Object.values(heights.frames);
  };
  const titleOf = chartEdition(listed.words.lang);
  const list = [...embedStates(story.beats)].map(([name, states]) => {
    const definition = graphic(name);
    const known = fallback(states.map((s) => s.id));
    const beats = editorsBeats(manifest, name);
    return {
      name,
      title: definition.title(titleOf),
      csv: graphicCsvPath(name),
      beats,
      datasets: definition.datasets.map((d) => ({
        file: `${listed.root}data/${DATASETS[d].file}`,
        title: listed.words.datasets?.[d]?.title ?? DATASETS[d].title,
      })),
      states: states.map((s) => {
        const picture = beats.find((b) => b.id === s.beat)?.png;
        const shown = manifest.pictures.find((p) => p.beats.includes(s.beat));
        const drawn = graphics.get(s.beat);
        if (!picture || !shown || !drawn) throw new Error(`the state "${s.id}" has no picture`);
        let measured = frame(s.id);
        if (!measured) {
          unmeasured.push(`${listed.folder}${s.id}`);
          measured = tallestHeight(known);
        }
        return {
          id: s.id,
          state: s.state,
          name: drawn.name,
          description: drawn.description,
          embed: embedUrl(s),
          png: picture,
          svg: shown.svgs,
          heights: measured,
        };
      }),
    };
  });
  return { graphics: list, unmeasured };
}

/**
 * A graphic's beats as the editors' page lists them, from the manifest: each with its
 * embed, its picture (linked with its version, so no cache keeps an old one) and its page
 * to share.
 */
export function editorsBeats(manifest: EmbedsManifest, name: string): EditorsBeat[] {
  const listed = manifest.graphics.find((g) => g.graphic === name);
  if (!listed) throw new Error(`the graphic "${name}" has no beats in the manifest`);
  return listed.beats.map((b) => ({
    id: b.id,
    date: b.date,
    title: b.title,
    embed: b.embed,
    png: { path: pictureLink(b.image, b.version), width: b.width, height: b.height },
    moment: b.moment,
  }));
}

/**
 * The editors' page's content, less its assets (known once the bundle is written); `credit`
 * is the line every use carries (the share kit's).
 */
export function editorsContent(
  story: Story,
  graphics: ReadonlyMap<string, StaticGraphic>,
  manifest: EmbedsManifest,
  base: string | undefined,
  heights: FrameHeights,
  credit: string,
  listed: ListedIn = ENGLISH_LISTING,
): Omit<EditorsPageInput, "assets"> & { unmeasured: string[] } {
  const planned = editorsGraphics(story, graphics, manifest, heights, listed);
  return {
    headline: story.headline,
    base,
    storyEmbed: STORY_EMBED_PATH,
    chapters: storyChapters(story.beats).map((c) => ({
      id: c.id,
      title: listed.sectionTitle(c.title),
      embed: chapterEmbedPath(c.id),
    })),
    exploreEmbeds: manifest.story.explore ?? [],
    graphics: planned.graphics,
    credit,
    measuredAt: heights.measuredAt,
    unmeasured: planned.unmeasured,
  };
}
