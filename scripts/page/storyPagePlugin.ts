import type { IndexHtmlTransformContext, Plugin } from "vite";
import { serveDevFiles } from "../build/devFiles.ts";
import type { StorySource } from "../build/storySource.ts";
import { checkInlineScripts } from "./inlineScripts.ts";
import { inlineStyles } from "./inlineStyles.ts";
import { STORY_MARKS, storyDocument } from "./storyDocument.ts";

/**
 * index.html with the story in it (storyDocument.ts) and, in a build, its stylesheets
 * written in. On the dev server every page of ours passes through here: one without the
 * story's mark is not the story's, and is left alone.
 */
export function storyPageHtml(
  html: string,
  source: StorySource,
  context: Pick<IndexHtmlTransformContext, "bundle">,
): string {
  if (!html.includes(STORY_MARKS.body)) return html;
  const { page, kit } = source.load();
  const built = (path: string) => {
    const file = context.bundle?.[path];
    return file?.type === "asset" ? String(file.source) : undefined;
  };
  const story = storyDocument(html, {
    title: page.story.headline,
    description: page.story.standfirst,
    head: [page.head, kit.head],
    body: page.body,
  });
  return inlineStyles(story, built);
}

/**
 * The story page (index.html): the prerendered story, and the static SVG of every beat's
 * graphic under graphics/, which the page, the list page and the embeds show.
 */
export function storyPagePlugin(source: StorySource): Plugin {
  return {
    name: "story-page",
    configResolved(config) {
      source.configure(config);
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        // The dev server adds its own client script; the built page is what must pass.
        if (source.config.command !== "build") return storyPageHtml(html, source, context);
        if (!html.includes(STORY_MARKS.body))
          throw new Error(`index.html has no ${STORY_MARKS.body}`);
        const story = storyPageHtml(html, source, context);
        checkInlineScripts(story, "index.html");
        return story;
      },
    },
    generateBundle() {
      for (const [fileName, svg] of source.load().page.files)
        this.emitFile({ type: "asset", fileName, source: svg });
    },
    configureServer(server) {
      serveDevFiles(server, (path) => source.load().page.files.get(path));
    },
  };
}
