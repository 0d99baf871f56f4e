import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { graphic } from "../../src/charts/registry.ts";
import type { Story } from "../../src/content/story.ts";
import { embedBeats } from "../../src/embed/embedBeats.ts";
import { embedPath, embedStates, PYM_PATH } from "../../src/embed/embedStates.ts";
import { pageAlternates } from "../page/languageLinks.ts";
import { ENGLISH_EDITION, editionRoot, type KitEditions } from "../prerender/pageEditions.ts";
import type { StaticGraphic } from "../prerender/staticGraphics.ts";
import { organisation } from "../share/organisation.ts";
import { addressFrom } from "../share/publicUrl.ts";
import { iconPath } from "../share/shareTags.ts";
import { embedPage } from "./embedPage.ts";
import { themeScript } from "./themeScript.ts";

export { PYM_PATH };

/** pym.js's parent script, as its package ships it (the loader would fetch from a CDN). */
export function pymParentScript(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve("pym.js/dist/pym.v1.min.js"), "utf8");
}

/**
 * The embed pages, one per graphic, and the files they need besides the bundle: written
 * once the bundle's names are known (`script` and `styles` are paths inside dist/). An
 * edition's are paths inside its folder (`base` its address), the shared files outside it.
 */
export function embedFiles(
  story: Story,
  graphics: ReadonlyMap<string, StaticGraphic>,
  tables: readonly { id: string; title: string; body: string }[],
  base: string | undefined,
  bundle: { script: string; styles: readonly string[] },
  { edition, editions }: KitEditions = { edition: ENGLISH_EDITION, editions: [ENGLISH_EDITION] },
): Map<string, string> {
  const files = new Map<string, string>();
  const theme = themeScript();
  // The way out of the edition's folder to dist/'s root, where the shared files are.
  const root = editionRoot(edition);
  if (root === "") files.set(theme.path, theme.source);
  files.set(PYM_PATH, pymParentScript());
  const beats = embedBeats(story.beats);
  const pictured = <T extends { id: string }>(of: T, beat: string) => {
    const picture = graphics.get(beat);
    if (!picture) throw new Error(`the beat "${beat}" has no picture for "${of.id}"`);
    return { ...of, picture };
  };
  for (const [name, states] of embedStates(story.beats)) {
    const page = embedPath(name);
    const table = tables.find((t) => t.id === name);
    if (!table) throw new Error(`the graphic "${name}" has no data table for its embed`);
    const from = (path: string) => addressFrom(page, `${root}${path}`, undefined);
    files.set(
      page,
      embedPage({
        definition: graphic(name),
        states: states.map((s) => pictured(s, s.beat)),
        beats: (beats.get(name) ?? []).map((b) => pictured(b, b.id)),
        table,
        headline: story.headline,
        story: addressFrom(page, "index.html", base),
        organisation: organisation(),
        words: edition.language.words,
        alternates: pageAlternates(editions, edition, page, base && new URL(root, base).href),
        root: from(""),
        assets: {
          script: from(bundle.script),
          themeScript: from(theme.path),
          icon: from(iconPath("svg")),
          styles: bundle.styles.map(from),
        },
      }),
    );
  }
  return files;
}
