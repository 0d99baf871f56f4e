import type { Plugin } from "vite";
import { checkInlineScripts } from "./inlineScripts.ts";
import { listPage } from "./listPage.ts";
import { LIST_PAGE } from "./viewToggle.ts";

/** Writes list.html beside the built index.html (see viewToggle.ts for why it is a file). */
export function listPagePlugin(): Plugin {
  return {
    name: "story-list-page",
    apply: "build",
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
  };
}
