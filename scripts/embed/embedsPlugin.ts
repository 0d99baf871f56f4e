import type { Plugin } from "vite";
import { type Chapter, storyChapters } from "../../src/content/chapters.ts";
import { type EntryAssets, entryAssets } from "../build/entries.ts";
import { fileMapPlugin } from "../build/fileMapPlugin.ts";
import type { StoryInput, StorySource } from "../build/storySource.ts";
import { dataTables } from "../prerender/renderTables.ts";
import { addressFrom } from "../share/publicUrl.ts";
import { iconPath } from "../share/shareTags.ts";
import { embedFiles } from "./embedKit.ts";
import { EXPLORE_EMBED_PATH, exploreEmbedPages } from "./exploreEmbedPage.ts";
import { chapterEmbedPath, STORY_EMBED_PATH, storyEmbedPage } from "./storyEmbedPage.ts";
import { themeScript } from "./themeScript.ts";

/**
 * The whole story's embed page, or a chapter's (one section, the same way), given its
 * code's paths inside dist/. Both are in embed/, so their addresses are the same.
 */
export function storyEmbedHtml(
  { page, base }: StoryInput,
  code: EntryAssets,
  chapter?: Chapter,
): string {
  const fromEmbed = (path: string) => addressFrom(STORY_EMBED_PATH, path, undefined);
  return storyEmbedPage({
    headline: page.story.headline,
    standfirst: page.story.standfirst,
    chapter: chapter?.title,
    body: page.bodyAt(
      { root: fromEmbed(""), framed: { story: addressFrom(STORY_EMBED_PATH, "index.html", base) } },
      chapter?.title,
    ),
    assets: {
      script: fromEmbed(code.script),
      themeScript: fromEmbed(themeScript().path),
      icon: fromEmbed(iconPath("svg")),
      styles: code.styles.map(fromEmbed),
    },
  });
}

/**
 * Every embed page and the files they need: a graphic's (`embed/<graphic>.html`, with the
 * theme script and pym.js), the whole story's (`embed/story.html`) and each of its
 * chapters' (`embed/chapter-<section id>.html`).
 */
export function embedPages(
  input: StoryInput,
  code: { graphic: EntryAssets; story: EntryAssets; explore?: EntryAssets },
): Map<string, string> {
  const { page, base } = input;
  const files = embedFiles(page.story, page.graphics, dataTables(page.records), base, code.graphic);
  files.set(STORY_EMBED_PATH, storyEmbedHtml(input, code.story));
  for (const chapter of storyChapters(page.story.beats))
    files.set(chapterEmbedPath(chapter.id), storyEmbedHtml(input, code.story, chapter));
  // The explore section's embed, in each edition (#22).
  if (code.explore)
    for (const [path, page] of exploreEmbedPages(input, code.explore)) files.set(path, page);
  return files;
}

/** The embeds' pages, in a build from its chunks, on the dev server from their modules. */
export function embedsPlugin(source: StorySource): Plugin {
  return fileMapPlugin(
    "story-embeds",
    source,
    (bundle) =>
      embedPages(source.load(), {
        graphic: entryAssets(source.config, bundle, "embed"),
        story: entryAssets(source.config, bundle, "story-embed"),
        explore: entryAssets(source.config, bundle, "explore-embed"),
      }),
    (path) =>
      path.startsWith("embed/") ||
      path.startsWith("assets/embed-theme-") ||
      path.endsWith(EXPLORE_EMBED_PATH),
  );
}
