import type { Beat, Story } from "../../src/content/story.ts";
import { chartDate, proseDate } from "../../src/dates.ts";
import { esc, html } from "./html.ts";
import { momentNames } from "./momentNames.ts";
import { STATIC_SIZES, type StaticGraphic } from "./staticGraphics.ts";

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** A static picture of a graphic state: the phone drawing, or the desktop one on wide screens. */
export function picture(g: StaticGraphic, lazy: boolean): string {
  const { wide, narrow } = STATIC_SIZES;
  return `<picture><source media="(min-width: 720px)" srcset="${esc(g.wide)}" width="${wide.width}" height="${wide.height}"><img src="${esc(g.narrow)}" width="${narrow.width}" height="${narrow.height}" alt="${esc(g.name)}"${lazy ? ' loading="lazy"' : ""} decoding="async"></picture>`;
}

function renderBeat(beat: Beat, g: StaticGraphic, momentName: string): string {
  const year = beat.date.slice(0, 4);
  return html([
    `<article class="beat" id="${esc(beat.id)}" data-beat="${esc(beat.id)}" data-graphic-name="${esc(beat.graphic)}" data-state="${esc(beat.state)}" data-date="${esc(beat.date)}" data-highlight="${esc(beat.highlight.join("|"))}" data-announce="${esc(g.announce.sameGraphic)}" data-announce-new="${esc(g.announce.newGraphic)}" tabindex="-1" aria-labelledby="${esc(beat.id)}-date">`,
    beat.contentNote &&
      `<aside class="content-note" role="note"><strong>Content note.</strong> ${esc(beat.contentNote)}</aside>`,
    `<p class="beat-date" id="${esc(beat.id)}-date"><time datetime="${esc(beat.date)}">${esc(proseDate(beat.date))} ${year}</time></p>`,
    `<p class="beat-text">${esc(beat.text)}</p>`,
    `<figure class="beat-figure" aria-labelledby="${esc(beat.id)}-figure-title"><p class="figure-title" id="${esc(beat.id)}-figure-title">${esc(g.title)}</p>${picture(g, true)}<figcaption><span class="figure-description">${esc(g.description)}</span> <a href="#table-${esc(beat.graphic)}">Show the data</a></figcaption></figure>`,
    `<p class="beat-tools"><a class="beat-link" href="#${esc(beat.id)}">Link to this moment<span class="visually-hidden">: ${esc(momentName)}</span></a></p>`,
    "</article>",
  ]);
}

/** The story: a sticky graphic beside (or behind) the beats, grouped into sections. */
export function renderStory(story: Story, graphics: ReadonlyMap<string, StaticGraphic>): string {
  const first = story.beats[0] as Beat;
  const firstGraphic = graphics.get(first.id) as StaticGraphic;
  const sections: string[] = [];
  const names = momentNames(story.beats);
  let current: string | undefined;
  for (const beat of story.beats) {
    if (beat.section !== current) {
      if (current !== undefined) sections.push("</section>");
      current = beat.section;
      sections.push(
        `<section class="chapter" aria-labelledby="section-${slug(beat.section)}"><h2 class="chapter-head" id="section-${slug(beat.section)}">${esc(beat.section)}</h2>`,
      );
    }
    sections.push(
      renderBeat(beat, graphics.get(beat.id) as StaticGraphic, names.get(beat.id) as string),
    );
  }
  sections.push("</section>");

  return html([
    '<main id="story" class="scrolly">',
    `<div class="scrolly-graphic" data-graphic="${esc(first.graphic)}">`,
    '<div class="graphic-bar">',
    `<p class="progress"><span class="progress-date" data-progress-date>${esc(chartDate(first.date))} ${first.date.slice(0, 4)}</span><span class="visually-hidden" data-progress-count>Moment 1 of ${story.beats.length}</span><span class="progress-track" aria-hidden="true"><span class="progress-fill" data-progress-fill></span></span></p>`,
    '<p class="beat-nav"><button type="button" class="button" data-step="prev" data-key="k" aria-keyshortcuts="k">Previous<kbd class="key-hint" aria-hidden="true">k</kbd></button><button type="button" class="button" data-step="next" data-key="j" aria-keyshortcuts="j">Next<kbd class="key-hint" aria-hidden="true">j</kbd></button></p>',
    "</div>",
    `<figure class="sticky-figure" aria-labelledby="graphic-title">`,
    `<div class="figure-head"><p class="figure-title" id="graphic-title">${esc(firstGraphic.title)}</p><a class="figure-data-link" href="#table-${esc(first.graphic)}" data-table-link>Show the data</a></div>`,
    `<div class="graphic-canvas" data-graphic-canvas>${picture(firstGraphic, false)}</div>`,
    `<figcaption class="visually-hidden" id="graphic-description">${esc(firstGraphic.description)}</figcaption>`,
    "</figure>",
    '<p class="visually-hidden" aria-live="polite" data-announcer></p>',
    "</div>",
    '<div class="scrolly-text">',
    ...sections,
    "</div>",
    "</main>",
  ]);
}
