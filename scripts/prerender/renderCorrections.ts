import type { Story } from "../../src/content/story.ts";
import { enPage } from "../../src/locale/page/en.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
import { html, lines } from "./html.ts";

/**
 * "Corrections and updates": when the story was first published and, oldest first, each
 * correction readers have been told of, dated. Nothing until the first correction.
 */
export function renderCorrections(
  story: Pick<Story, "published" | "corrections">,
  words: PageWords = enPage,
): string {
  if (story.corrections.length === 0) return "";
  const time = (iso: string) => html`<time datetime="${iso}">${words.longDate(iso)}</time>`;
  return lines([
    html`<section class="corrections" id="corrections" aria-labelledby="corrections-head">`,
    html`<h2 id="corrections-head">${words.correctionsHead}</h2>`,
    html`<p class="corrections-published">${words.firstPublished(time(story.published))}</p>`,
    // list-style: none drops a list's role in some screen readers; the role keeps it.
    html`<ol class="correction-list" role="list">`,
    ...story.corrections.map(
      (c) =>
        html`<li class="correction"><p class="correction-date">${time(c.date)}</p><p class="correction-text">${c.text}</p></li>`,
    ),
    html`</ol>`,
    html`</section>`,
  ]).text;
}
