import type { OutputBundle } from "rolldown";
import type { Plugin } from "vite";
import { cssVariables } from "../../src/styles/tokens.ts";
import { serveDevFiles } from "../build/devFiles.ts";
import { type EntryAssets, entryAssets } from "../build/entries.ts";
import type { StoryInput, StorySource } from "../build/storySource.ts";
import { iconPath } from "../share/shareTags.ts";
import { EDITORS_PATH, editorsContent, readFrameHeights } from "./editorsKit.ts";
import { editorsPage } from "./editorsPage.ts";

/**
 * The editors' page, given its code's paths inside dist/, and the embed states whose
 * heights are not measured yet (the page guesses them).
 */
export function editorsHtml({ page, kit, base }: StoryInput, code: EntryAssets) {
  const { unmeasured, ...content } = editorsContent(
    page.story,
    page.graphics,
    kit.manifest,
    base,
    readFrameHeights(),
    kit.credit,
  );
  const html = editorsPage({
    ...content,
    assets: { tokens: cssVariables(), ...code, icon: iconPath("svg") },
  });
  return { html, unmeasured };
}

/** The editors' page (editors.html): every graphic's embed code, pictures and data. */
export function editorsPagePlugin(source: StorySource): Plugin {
  const page = (bundle: OutputBundle | undefined) =>
    editorsHtml(source.load(), entryAssets(source.config, bundle, "editors"));
  return {
    name: "story-editors",
    configResolved(config) {
      source.configure(config);
    },
    generateBundle(_options, bundle) {
      const { html, unmeasured } = page(bundle);
      if (unmeasured.length > 0)
        this.warn(
          `embed heights not measured yet for ${unmeasured.join(", ")}: the editors' page guesses them; run UPDATE_FRAME_HEIGHTS=1 npx playwright test tests/e2e/frameHeights.spec.ts`,
        );
      this.emitFile({ type: "asset", fileName: EDITORS_PATH, source: html });
    },
    configureServer(server) {
      serveDevFiles(server, (path) => (path === EDITORS_PATH ? page(undefined).html : undefined));
    },
  };
}
