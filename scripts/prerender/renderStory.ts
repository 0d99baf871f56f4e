import type { Beat, Story } from "../../src/content/story.ts";
import { proseDate } from "../../src/dates.ts";
import {
  ANNOUNCE,
  ANNOUNCE_NEW,
  ANNOUNCER,
  BEAT,
  BEAT_ANCHOR,
  BEAT_GRAPHIC,
  DATE,
  GRAPHIC,
  GRAPHIC_CANVAS,
  HIGHLIGHT,
  KEY,
  PROGRESS_COUNT,
  PROGRESS_DATE,
  PROGRESS_FILL,
  STATE,
  STEP,
  TABLE_LINK,
} from "../../src/pageContract.ts";
import { momentCount, progressDate } from "../../src/story/progressLine.ts";
import { momentUrl } from "../share/publicUrl.ts";
import { esc, html } from "./html.ts";
import { momentNames } from "./momentNames.ts";
import { leaving, type PagePlace, STORY_PAGE } from "./pagePlace.ts";
import { STATIC_SIZES, type StaticGraphic, type StaticSize } from "./staticGraphics.ts";

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** A static picture of a graphic state: of its drawings, the one made for the viewport. */
export function picture(g: StaticGraphic, lazy: boolean, place: PagePlace = STORY_PAGE): string {
  const fallback = STATIC_SIZES.length - 1;
  const sources = STATIC_SIZES.slice(0, fallback).map(
    (size, i) =>
      `<source media="${size.media}" srcset="${place.root}${esc(g.paths[i] ?? "")}" width="${size.width}" height="${size.height}">`,
  );
  const last = STATIC_SIZES[fallback] as StaticSize;
  return `<picture>${sources.join("")}<img src="${place.root}${esc(g.paths[fallback] ?? "")}" width="${last.width}" height="${last.height}" alt="${esc(g.name)}"${lazy ? ' loading="lazy"' : ""} decoding="async"></picture>`;
}

/** A chain-link glyph for the link to a beat; the link's text says what it is. */
const LINK_ICON =
  '<svg class="beat-link-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 0 1 3.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 0 1-3.7-3.7L5.3 7.8" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>';

/**
 * A beat's card: its date runs in before the text, and its link is a small glyph in the
 * card's corner (a full-size tap target, named for the beat), so on a phone the card costs
 * no more lines than its words. On the story page the link's address is the moment's share
 * page, so whoever copies or shares it (and any crawler) gets the page with the beat's
 * picture, while a reader's plain click stays in the story (src/story/momentLinks.ts); in
 * a frame it opens the story at the beat in the host's window. Ids the beat had before a
 * merge are anchors at its top, so old links land here.
 */
function renderBeat(
  beat: Beat,
  g: StaticGraphic,
  momentName: string,
  place: PagePlace,
  base: string | undefined,
): string {
  const day = proseDate(beat.date);
  const link = place.framed
    ? `href="${esc(`${place.framed.story}#${beat.id}`)}"${leaving(place)}`
    : `href="${esc(momentUrl(beat.id, base))}" ${BEAT_ANCHOR.write(beat.id)}`;
  return html([
    `<article class="beat" id="${esc(beat.id)}" ${BEAT.write(beat.id)} ${BEAT_GRAPHIC.write(beat.graphic)} ${STATE.write(beat.state)} ${DATE.write(beat.date)} ${HIGHLIGHT.write(beat.highlight.join("|"))} ${ANNOUNCE.write(g.announce.sameGraphic)} ${ANNOUNCE_NEW.write(g.announce.newGraphic)} tabindex="-1" aria-labelledby="${esc(beat.id)}-date">`,
    beat.contentNote &&
      `<aside class="content-note" role="note"><strong>Content note.</strong> ${esc(beat.contentNote)}</aside>`,
    ...beat.formerly.map((id) => `<span class="beat-anchor" id="${esc(id)}"></span>`),
    `<p class="beat-text"><time class="beat-date" id="${esc(beat.id)}-date" datetime="${esc(beat.date)}">${esc(day)}</time> ${esc(beat.text)}</p>`,
    `<figure class="beat-figure" aria-labelledby="${esc(beat.id)}-figure-title"><p class="figure-title" id="${esc(beat.id)}-figure-title">${esc(g.title)}</p>${picture(g, true, place)}<figcaption><span class="figure-description">${esc(g.description)}</span> <a href="#table-${esc(beat.graphic)}">Show the data</a></figcaption></figure>`,
    `<p class="beat-tools"><a class="beat-link" ${link}>${LINK_ICON}<span class="visually-hidden">Link to this moment: ${esc(momentName)}</span></a></p>`,
    "</article>",
  ]);
}

/**
 * A step button: its word on wide screens, a chevron on a phone (the word still names it),
 * and the key that does the same shown beside it.
 */
function stepButton(step: "prev" | "next", key: string, label: string): string {
  const chevron = step === "prev" ? "M10 3L5 8l5 5" : "M6 3l5 5-5 5";
  return `<button type="button" class="button" ${STEP.write(step)} ${KEY.write(key)} aria-keyshortcuts="${key}"><svg class="step-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path d="${chevron}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg><span class="step-label">${label}</span><kbd class="key-hint" aria-hidden="true">${key}</kbd></button>`;
}

/**
 * The story: a sticky graphic beside (or behind) the beats, grouped into sections. `base`
 * is the public address the moments' links are made absolute with, if the build has one.
 */
export function renderStory(
  story: Story,
  graphics: ReadonlyMap<string, StaticGraphic>,
  place: PagePlace = STORY_PAGE,
  base?: string,
): string {
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
      renderBeat(
        beat,
        graphics.get(beat.id) as StaticGraphic,
        names.get(beat.id) as string,
        place,
        base,
      ),
    );
  }
  sections.push("</section>");

  return html([
    '<main id="story" class="scrolly">',
    `<div class="scrolly-graphic" ${GRAPHIC.write(first.graphic)}>`,
    '<div class="graphic-bar">',
    `<div class="progress"><span class="progress-date" ${PROGRESS_DATE.write()}>${esc(progressDate(first.date))}</span><span class="visually-hidden" ${PROGRESS_COUNT.write()}>${momentCount(1, story.beats.length)}</span><span class="progress-track" aria-hidden="true"><span class="progress-fill" ${PROGRESS_FILL.write()}></span></span></div>`,
    `<a class="figure-data-link" href="#table-${esc(first.graphic)}" ${TABLE_LINK.write()}>Show the data</a>`,
    `<div class="beat-nav">${stepButton("prev", "k", "Previous")}${stepButton("next", "j", "Next")}</div>`,
    "</div>",
    `<figure class="sticky-figure" aria-labelledby="graphic-title">`,
    `<div class="figure-title" id="graphic-title">${esc(firstGraphic.title)}</div>`,
    `<div class="graphic-canvas" ${GRAPHIC_CANVAS.write()}>${picture(firstGraphic, false, place)}</div>`,
    `<figcaption class="visually-hidden" id="graphic-description">${esc(firstGraphic.description)}</figcaption>`,
    "</figure>",
    `<p class="visually-hidden" aria-live="polite" ${ANNOUNCER.write()}></p>`,
    "</div>",
    '<div class="scrolly-text">',
    ...sections,
    "</div>",
    "</main>",
  ]);
}
