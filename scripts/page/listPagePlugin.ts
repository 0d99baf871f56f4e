import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { serveDevFiles } from "../build/devFiles.ts";
import type { StorySource } from "../build/storySource.ts";
import { checkInlineScripts } from "./inlineScripts.ts";
import { listPage } from "./listPage.ts";
import { editionPageHtml } from "./storyPagePlugin.ts";
import { LIST_PAGE } from "./viewToggle.ts";

/**
 * Writes list.html beside the built index.html (see viewToggle.ts for why it is a file); the
 * dev server makes it from the story page as it serves it.
 */
export function listPagePlugin(source?: StorySource): Plugin {
  // Each edition's folder: "" (list.html), then "ar/" (ar/list.html) and any other.
  const folders = () => ["", ...(source?.load().translations ?? []).map((t) => t.edition.folder)];
  return {
    name: "story-list-page",
    generateBundle: {
      // After Vite has put the finished index.html into the bundle.
      order: "post",
      handler(_options, bundle) {
        for (const folder of folders()) {
          const story = bundle[`${folder}index.html`];
          if (story?.type !== "asset") throw new Error(`the build wrote no ${folder}index.html`);
          const list = listPage(String(story.source));
          checkInlineScripts(list, `${folder}${LIST_PAGE}`);
          this.emitFile({ type: "asset", fileName: `${folder}${LIST_PAGE}`, source: list });
        }
      },
    },
    configureServer(server) {
      const index = resolve(server.config.root, "index.html");
      serveDevFiles(
        server,
        async (path) => {
          const folder = folders().find((f) => path === `${f}${LIST_PAGE}`);
          if (folder === undefined) return undefined;
          const html = await readFile(index, "utf8");
          const input = source?.load().translations.find((t) => t.edition.folder === folder);
          const story = input
            ? await server.transformIndexHtml(`/${path}`, editionPageHtml(html, input, {}))
            : await server.transformIndexHtml(`/${path}`, html);
          return listPage(story);
        },
        { pages: "as-is" },
      );
    },
  };
}
