import type { Story } from "../../src/content/story.ts";
import { longDate } from "../../src/dates.ts";
import { esc, html } from "./html.ts";

const time = (iso: string) => `<time datetime="${esc(iso)}">${esc(longDate(iso))}</time>`;

/**
 * "Corrections and updates": when the story was first published and, oldest first, each
 * correction readers have been told of, dated. Nothing until the first correction.
 */
export function renderCorrections(story: Pick<Story, "published" | "corrections">): string {
  if (story.corrections.length === 0) return "";
  return html([
    '<section class="corrections" id="corrections" aria-labelledby="corrections-head">',
    '<h2 id="corrections-head">Corrections and updates</h2>',
    `<p class="corrections-published">First published ${time(story.published)}.</p>`,
    // list-style: none drops a list's role in some screen readers; the role keeps it.
    '<ol class="correction-list" role="list">',
    ...story.corrections.map(
      (c) =>
        `<li class="correction"><p class="correction-date">${time(c.date)}</p><p class="correction-text">${esc(c.text)}</p></li>`,
    ),
    "</ol>",
    "</section>",
  ]);
}
