import type { OutputBundle } from "rolldown";
import type { Plugin } from "vite";
import { cssVariables } from "../../src/styles/tokens.ts";
import { serveDevFiles } from "../build/devFiles.ts";
import { type EntryAssets, entryAssets } from "../build/entries.ts";
import { type KitInput, kitInputs, type StorySource } from "../build/storySource.ts";
import { pageAlternates, pageSwitches } from "../page/languageLinks.ts";
import { editionRoot } from "../prerender/pageEditions.ts";
import { iconPath } from "../share/shareTags.ts";
import { EDITORS_PATH, editorsContent, readFrameHeights } from "./editorsKit.ts";
import { editorsPage } from "./editorsPage.ts";

/**
 * An edition's editors' page, given its code's paths inside dist/, and the embed states
 * whose heights are not measured yet (the page guesses them). Its addresses are inside its
 * edition's folder (English's: dist/), the shared code and files outside it.
 */
export function editorsHtml({ page, kit, base, edition, editions }: KitInput, code: EntryAssets) {
  const root = editionRoot(edition);
  const { words } = edition.language;
  const listed = {
    words,
    folder: edition.folder,
    root,
    sectionTitle: edition.language.sectionTitle,
  };
  const { unmeasured, ...content } = editorsContent(
    page.story,
    page.graphics,
    kit.manifest,
    base,
    readFrameHeights(),
    kit.credit,
    listed,
  );
  const shared = (path: string) => `${root}${path}`;
  const rootBase = base && new URL(root || "./", base).href;
  const html = editorsPage({
    ...content,
    assets: {
      tokens: cssVariables(),
      script: shared(code.script),
      styles: code.styles.map(shared),
      icon: shared(iconPath("svg")),
    },
    words,
    alternates: pageAlternates(editions, edition, EDITORS_PATH, rootBase),
    switches: pageSwitches(editions, edition, EDITORS_PATH, rootBase),
  });
  return { html, unmeasured };
}

/** Every edition's editors' page (editors.html, ar/editors.html): embed code, pictures, data. */
export function editorsPagePlugin(source: StorySource): Plugin {
  const pages = (bundle: OutputBundle | undefined) => {
    const code = entryAssets(source.config, bundle, "editors");
    return kitInputs(source.load()).map((kit) => ({
      fileName: `${kit.edition.folder}${EDITORS_PATH}`,
      ...editorsHtml(kit, code),
    }));
  };
  return {
    name: "story-editors",
    configResolved(config) {
      source.configure(config);
    },
    generateBundle(_options, bundle) {
      const made = pages(bundle);
      const unmeasured = made.flatMap((p) => p.unmeasured);
      if (unmeasured.length > 0)
        this.warn(
          `embed heights not measured yet for ${unmeasured.join(", ")}: the editors' page guesses them; run UPDATE_FRAME_HEIGHTS=1 npx playwright test tests/e2e/frameHeights.spec.ts`,
        );
      for (const { fileName, html } of made)
        this.emitFile({ type: "asset", fileName, source: html });
    },
    configureServer(server) {
      serveDevFiles(server, (path) => pages(undefined).find((p) => p.fileName === path)?.html);
    },
  };
}
