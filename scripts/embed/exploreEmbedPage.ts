import { tokenVariables } from "../../src/styles/tokens.ts";
import type { EntryAssets } from "../build/entries.ts";
import { iconLink, moduleScript, pageShell, stylesheets } from "../page/pageShell.ts";
import type { buildPage } from "../prerender/buildPage.ts";
import { html, raw } from "../prerender/html.ts";
import { renderExplore } from "../prerender/renderExplore.ts";
import { SOURCE_LICENCE, SOURCE_LICENCE_NAME, SOURCE_TITLE } from "../prerender/source.ts";
import { addressFrom } from "../share/publicUrl.ts";
import { iconPath } from "../share/shareTags.ts";
import { themeCss, themeScript } from "./themeScript.ts";

/** The explore section, made to embed, inside dist/ (an edition's under its folder). */
export const EXPLORE_EMBED_PATH = "embed/explore.html";

type Page = ReturnType<typeof buildPage>;

/** Each edition's explore embed, as the manifest and the editors' page list them. */
export const exploreEmbedList = (editions: readonly { key: string; folder: string }[]) =>
  editions.map((e) => ({ lang: e.key, embed: `${e.folder}${EXPLORE_EMBED_PATH}` }));

/**
 * `embed/explore.html` (and `<edition>/embed/explore.html`): the explore section alone, in
 * its edition's words, which sizes its frame to its content as the graphics' embeds do
 * (`src/embed/exploreEmbed.ts`); without script, the key days' table.
 */
export function exploreEmbedHtml(page: Page, folder: string, code: EntryAssets): string {
  const path = `${folder}${EXPLORE_EMBED_PATH}`;
  const from = (to: string) => addressFrom(path, to, undefined);
  const words = page.edition.language.words;
  const { light, dark, fonts } = tokenVariables();
  const licence = html`<a href="${SOURCE_LICENCE}" rel="license" target="_top">${SOURCE_LICENCE_NAME}</a>`;
  const document = pageShell({
    language: { lang: words.lang, dir: words.dir },
    title: words.explore.embedTitle,
    description: words.explore.intro,
    colorScheme: true,
    head: [
      iconLink(from(iconPath("svg"))),
      html`<style>${raw(themeCss([...light, ...fonts], dark))}</style>`,
      html`<script src="${from(themeScript().path)}"></script>`,
      ...stylesheets(code.styles.map(from)),
      moduleScript(from(code.script)),
    ],
    body: [
      raw(renderExplore(page.records, words)),
      html`<p class="explore source-credit">${words.sourceCredit(SOURCE_TITLE, licence)}</p>`,
    ],
  });
  return `${document}\n`;
}
