import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { IndexHtmlTransformContext, Plugin } from "vite";
import { serveDevFiles } from "../build/devFiles.ts";
import type { EditionInput, StorySource } from "../build/storySource.ts";
import { editionRoot } from "../prerender/pageEditions.ts";
import { iconLinks } from "../share/shareTags.ts";
import { checkInlineScripts } from "./inlineScripts.ts";
import { inlineStyles } from "./inlineStyles.ts";
import { STORY_MARKS, storyDocument } from "./storyDocument.ts";

type BundleContext = Pick<IndexHtmlTransformContext, "bundle">;

/** A built file's text, if the bundle has it as an asset. */
const builtIn = (context: BundleContext) => (path: string) => {
  const file = context.bundle?.[path];
  return file?.type === "asset" ? String(file.source) : undefined;
};

/**
 * index.html with the story in it (storyDocument.ts) and, in a build, its stylesheets
 * written in. On the dev server every page of ours passes through here: one without the
 * story's mark is not the story's, and is left alone.
 */
export function storyPageHtml(html: string, source: StorySource, context: BundleContext): string {
  if (!html.includes(STORY_MARKS.body)) return html;
  const { page, kit } = source.load();
  const story = storyDocument(html, {
    title: page.story.headline,
    description: page.story.standfirst,
    head: [page.head, kit.head],
    body: page.body,
  });
  return inlineStyles(story, builtIn(context));
}

/** Vite's addresses from the root (`./assets/…`, `/src/…` on the dev server) made the edition's. */
function rebase(html: string, root: string): string {
  if (root === "") return html;
  return html.replace(/(["(])\.\/assets\//g, `$1${root}assets/`);
}

/**
 * An edition's story page (ar/index.html), from index.html as Vite made it: the same bundle
 * and styles, its own copy, words, language and direction. The share kit is the English
 * page's; the edition's head has its icons and alternates only.
 */
export function editionPageHtml(
  html: string,
  input: Pick<EditionInput, "edition" | "page">,
  context: BundleContext,
): string {
  const { page, edition } = input;
  const { words } = edition.language;
  const root = editionRoot(edition);
  const story = storyDocument(html, {
    title: page.story.headline,
    description: page.story.standfirst,
    head: [page.head, iconLinks(root).text],
    body: page.body,
    language: { lang: words.lang, dir: words.dir },
    skipToData: words.skipToData,
  });
  return rebase(inlineStyles(story, builtIn(context)), root);
}

/** The dev server's copy of index.html, for an edition's page there. */
async function devEdition(source: StorySource, path: string, read: () => Promise<string>) {
  const input = source.load().translations.find((t) => path === `${t.edition.folder}index.html`);
  return input ? editionPageHtml(await read(), input, {}) : undefined;
}

/**
 * The story page (index.html) and its other editions' (ar/index.html): the prerendered
 * story, and the static SVG of every beat's graphic under graphics/, which the pages, the
 * list pages and the embeds show.
 */
export function storyPagePlugin(source: StorySource): Plugin {
  // index.html as Vite made it, before the story goes in: each edition's page is made from it.
  let viteIndex: string | undefined;
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
        viteIndex = html;
        const story = storyPageHtml(html, source, context);
        checkInlineScripts(story, "index.html");
        return story;
      },
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const { page, translations } = source.load();
        const files = new Map([...page.files, ...translations.flatMap((t) => [...t.page.files])]);
        for (const [fileName, svg] of files)
          this.emitFile({ type: "asset", fileName, source: svg });
        for (const input of translations) {
          if (viteIndex === undefined) throw new Error("the build made no index.html");
          const fileName = `${input.edition.folder}index.html`;
          const html = editionPageHtml(viteIndex, input, { bundle });
          checkInlineScripts(html, fileName);
          this.emitFile({ type: "asset", fileName, source: html });
        }
      },
    },
    configureServer(server) {
      serveDevFiles(server, (path) => {
        const { page, translations } = source.load();
        const file = [page, ...translations.map((t) => t.page)].find((p) => p.files.has(path));
        if (file) return file.files.get(path);
        return devEdition(source, path, () =>
          readFile(resolve(server.config.root, "index.html"), "utf8"),
        );
      });
    },
  };
}
