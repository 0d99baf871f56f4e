import type { OutputBundle } from "rolldown";
import type { Plugin } from "vite";
import { type DevFile, serveDevFiles } from "../build/devFiles.ts";
import { type EntryAssets, entryAssets } from "../build/entries.ts";
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
  const pages = (bundle: OutputBundle | undefined) =>
    embedPages(source.load(), {
      graphic: entryAssets(source.config, bundle, "embed"),
      story: entryAssets(source.config, bundle, "story-embed"),
    });
  const devPages = source.derived(() => pages(undefined));
  return {
    name: "story-embeds",
    configResolved(config) {
      source.configure(config);
    },
    generateBundle(_options, bundle) {
      for (const [fileName, html] of pages(bundle))
        this.emitFile({ type: "asset", fileName, source: html });
    },
    configureServer(server) {
      serveDevFiles(server, (path): DevFile | undefined =>
        path.startsWith("embed/") || path.startsWith("assets/embed-theme-")
          ? devPages().get(path)
          : undefined,
      );
    },
  };
}
