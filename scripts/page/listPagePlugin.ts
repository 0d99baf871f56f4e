import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { serveDevFiles } from "../build/devFiles.ts";
import { checkInlineScripts } from "./inlineScripts.ts";
import { listPage } from "./listPage.ts";
import { LIST_PAGE } from "./viewToggle.ts";

/**
 * Writes list.html beside the built index.html (see viewToggle.ts for why it is a file); the
 * dev server makes it from the story page as it serves it.
 */
export function listPagePlugin(): Plugin {
  return {
    name: "story-list-page",
    generateBundle: {
      // After Vite has put the finished index.html into the bundle.
      order: "post",
      handler(_options, bundle) {
        const story = bundle["index.html"];
        if (story?.type !== "asset") throw new Error("the build wrote no index.html");
        const list = listPage(String(story.source));
        checkInlineScripts(list, LIST_PAGE);
        this.emitFile({ type: "asset", fileName: LIST_PAGE, source: list });
      },
    },
    configureServer(server) {
      const index = resolve(server.config.root, "index.html");
      serveDevFiles(
        server,
        async (path) => {
          if (path !== LIST_PAGE) return undefined;
          const story = await server.transformIndexHtml(
            `/${LIST_PAGE}`,
            await readFile(index, "utf8"),
          );
          return listPage(story);
        },
        { pages: "as-is" },
      );
    },
  };
}
