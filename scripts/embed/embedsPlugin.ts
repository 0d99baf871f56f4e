import type { Plugin } from "vite";
import { type EntryAssets, entryAssets } from "../build/entries.ts";
import { fileMapPlugin } from "../build/fileMapPlugin.ts";
import type { StoryInput, StorySource } from "../build/storySource.ts";
import { dataTables } from "../prerender/renderTables.ts";
import { addressFrom } from "../share/publicUrl.ts";
import { iconPath } from "../share/shareTags.ts";
import { embedFiles } from "./embedKit.ts";
import { STORY_EMBED_PATH, storyEmbedPage } from "./storyEmbedPage.ts";
import { themeScript } from "./themeScript.ts";

/** The whole story's embed page, given its code's paths inside dist/. */
export function storyEmbedHtml({ page, base }: StoryInput, code: EntryAssets): string {
  const fromEmbed = (path: string) => addressFrom(STORY_EMBED_PATH, path, undefined);
  return storyEmbedPage({
    headline: page.story.headline,
    standfirst: page.story.standfirst,
    body: page.bodyAt({
      root: fromEmbed(""),
      framed: { story: addressFrom(STORY_EMBED_PATH, "index.html", base) },
    }),
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
 * theme script and pym.js) and the whole story's (`embed/story.html`).
 */
export function embedPages(
  input: StoryInput,
  code: { graphic: EntryAssets; story: EntryAssets },
): Map<string, string> {
  const { page, base } = input;
  const files = embedFiles(page.story, page.graphics, dataTables(page.records), base, code.graphic);
  files.set(STORY_EMBED_PATH, storyEmbedHtml(input, code.story));
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
      }),
    (path) => path.startsWith("embed/") || path.startsWith("assets/embed-theme-"),
  );
}
