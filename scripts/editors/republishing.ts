import { enPage } from "../../src/locale/page/en.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
import { html, lines, type SafeHtml } from "../prerender/html.ts";
import {
  SOURCE_LICENCE,
  SOURCE_LICENCE_NAME,
  SOURCE_TEXT_DATE,
  SOURCE_TITLE,
} from "../prerender/source.ts";

/**
 * The terms for republishing, said once on the editors' page: what an outlet may do with
 * the embeds, the pictures and the data, and the licence the source passes on to them.
 */
export function republishing(page: PageWords = enPage): SafeHtml {
  const words = page.kit.editors;
  const terms = words.republishing({
    source: SOURCE_TITLE,
    date: page.longDate(SOURCE_TEXT_DATE),
    licence: html`<a href="${SOURCE_LICENCE}" rel="license">${SOURCE_LICENCE_NAME}</a>`,
  });
  return lines([
    html`<section class="republishing" id="republishing" aria-labelledby="republishing-head">`,
    html`<h2 id="republishing-head">${words.republishingHead}</h2>`,
    html`<ul>`,
    ...terms.map((term) => html`<li>${term}</li>`),
    html`</ul>`,
    html`</section>`,
  ]);
}
