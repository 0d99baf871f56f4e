import { longDate } from "../../src/dates.ts";
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
export function republishing(): SafeHtml {
  return lines([
    html`<section class="republishing" id="republishing" aria-labelledby="republishing-head">`,
    html`<h2 id="republishing-head">Republishing</h2>`,
    html`<ul>`,
    html`<li>Embed the whole story or any of its graphics in your own pages with the code below. The embeds carry their credit: leave it in.</li>`,
    html`<li>Publish the PNG and SVG pictures and the CSV files, in print or online, with the credit line given with each picture (its Copy button copies it).</li>`,
    html`<li>The figures come from the Wikipedia article “${SOURCE_TITLE}”, text as of ${longDate(SOURCE_TEXT_DATE)}, written by its contributors and licensed <a href="${SOURCE_LICENCE}" rel="license">${SOURCE_LICENCE_NAME}</a>. The pictures and data files are drawn from it and shared under the same licence: you may share and adapt them if you credit the article and this story, say what you changed, and share what you make from them under the same licence.</li>`,
    html`<li>Every figure is a claim: quote it with whoever made it.</li>`,
    html`</ul>`,
    html`</section>`,
  ]);
}
