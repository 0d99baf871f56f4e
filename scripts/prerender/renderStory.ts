import { sectionId } from "../../src/content/chapters.ts";
import { printedFigures } from "../../src/content/printedFigures.ts";
import type { Beat, Story } from "../../src/content/story.ts";
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
  PRINT_FIGURE,
  PROGRESS_COUNT,
  PROGRESS_DATE,
  PROGRESS_FILL,
  STATE,
  STEP,
  TABLE_LINK,
} from "../../src/pageContract.ts";
import { momentUrl } from "../share/publicUrl.ts";
import { html, lines, type SafeHtml } from "./html.ts";
import { momentNames } from "./momentNames.ts";
import {
  chartsLanguage,
  ENGLISH,
  leaving,
  type PagePlace,
  STORY_PAGE,
  wordsAt,
} from "./pagePlace.ts";
import { STATIC_SIZES, type StaticGraphic, type StaticSize } from "./staticGraphics.ts";

/** A static picture of a graphic state: of its drawings, the one made for the viewport. */
export function picture(g: StaticGraphic, lazy: boolean, place: PagePlace = STORY_PAGE): SafeHtml {
  const fallback = STATIC_SIZES.length - 1;
  const sources = STATIC_SIZES.slice(0, fallback).map(
    (size, i) =>
      html`<source media="${size.media}" srcset="${place.root}${g.paths[i] ?? ""}" width="${size.width}" height="${size.height}">`,
  );
  const last = STATIC_SIZES[fallback] as StaticSize;
  return html`<picture>${sources}<img src="${place.root}${g.paths[fallback] ?? ""}" width="${last.width}" height="${last.height}" alt="${g.name}"${chartsLanguage(place)}${lazy && html` loading="lazy"`} decoding="async"></picture>`;
}

/** A chain-link glyph for the link to a beat; the link's text says what it is. */
const LINK_ICON = html`<svg class="beat-link-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 0 1 3.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 0 1-3.7-3.7L5.3 7.8" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>`;

/**
 * A beat's card: its date runs in before the text, and its link is a small glyph in the
 * card's corner (a full-size tap target, named for the beat), so on a phone the card costs
 * no more lines than its words. On the story page the link's address is the moment's share
 * page, so whoever copies or shares it (and any crawler) gets the page with the beat's
 * picture, while a reader's plain click stays in the story (src/story/momentLinks.ts); in
 * a frame it opens the story at the beat in the host's window. Ids the beat had before a
 * merge are anchors at its top, so old links land here. `printed`: the printed copy shows
 * this beat's figure (`printedFigures`).
 */
function renderBeat(
  beat: Beat,
  g: StaticGraphic,
  momentName: string,
  place: PagePlace,
  base: string | undefined,
  printed = false,
): SafeHtml {
  const words = wordsAt(place);
  const day = words.beatDate(beat.date);
  const link = place.framed
    ? html`href="${`${place.framed.story}#${beat.id}`}"${leaving(place)}`
    : html`href="${place.beatLinks === "anchor" ? `#${beat.id}` : momentUrl(beat.id, base)}" ${BEAT_ANCHOR.write(beat.id)}`;
  return lines([
    html`<article class="beat" id="${beat.id}" ${BEAT.write(beat.id)} ${BEAT_GRAPHIC.write(beat.graphic)} ${STATE.write(beat.state)} ${DATE.write(beat.date)} ${HIGHLIGHT.write(beat.highlight.join("|"))} ${ANNOUNCE.write(g.announce.sameGraphic)} ${ANNOUNCE_NEW.write(g.announce.newGraphic)} tabindex="-1" aria-labelledby="${beat.id}-date">`,
    beat.contentNote &&
      html`<aside class="content-note" role="note"><strong>${words.contentNote}</strong> ${beat.contentNote}</aside>`,
    ...beat.formerly.map((id) => html`<span class="beat-anchor" id="${id}"></span>`),
    html`<p class="beat-text"><time class="beat-date" id="${beat.id}-date" datetime="${beat.date}">${day}</time> ${beat.text}</p>`,
    html`<figure class="beat-figure" aria-labelledby="${beat.id}-figure-title"${printed && html` ${PRINT_FIGURE.write()}`}><p class="figure-title" id="${beat.id}-figure-title"${chartsLanguage(place)}>${g.title}</p>${picture(g, true, place)}<figcaption><span class="figure-description"${chartsLanguage(place)}>${g.description}</span> <a href="#table-${beat.graphic}">${words.showData}</a></figcaption></figure>`,
    html`<p class="beat-tools"><a class="beat-link" ${link}>${LINK_ICON}<span class="visually-hidden">${words.momentLink(momentName)}</span></a></p>`,
    html`</article>`,
  ]);
}

/**
 * A step button: its word on wide screens, a chevron on a phone (the word still names it),
 * and the key that does the same shown beside it.
 */
function stepButton(step: "prev" | "next", key: string, label: string): SafeHtml {
  const chevron = step === "prev" ? "M10 3L5 8l5 5" : "M6 3l5 5-5 5";
  return html`<button type="button" class="button" ${STEP.write(step)} ${KEY.write(key)} aria-keyshortcuts="${key}"><svg class="step-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><path d="${chevron}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg><span class="step-label">${label}</span><kbd class="key-hint" aria-hidden="true">${key}</kbd></button>`;
}

/**
 * The story: a sticky graphic beside (or behind) the beats, grouped into sections. `base`
 * is the public address the moments' links are made absolute with, if the build has one;
 * `section`, when given, is the one section shown (a chapter's embed), its beats named as
 * in the whole story.
 */
export function renderStory(
  story: Story,
  graphics: ReadonlyMap<string, StaticGraphic>,
  place: PagePlace = STORY_PAGE,
  base?: string,
  section?: string,
): string {
  const beats = section ? story.beats.filter((b) => b.section === section) : story.beats;
  const first = beats[0];
  if (!first) throw new Error(`the story has no section "${section}"`);
  const firstGraphic = graphics.get(first.id) as StaticGraphic;
  const sections: SafeHtml[] = [];
  const words = wordsAt(place);
  const { sectionTitle } = place.language ?? ENGLISH;
  const names = momentNames(story.beats, words);
  const printed = printedFigures(beats);
  let current: string | undefined;
  for (const beat of beats) {
    if (beat.section !== current) {
      if (current !== undefined) sections.push(html`</section>`);
      current = beat.section;
      sections.push(
        html`<section class="chapter" aria-labelledby="section-${sectionId(beat.section)}"><h2 class="chapter-head" id="section-${sectionId(beat.section)}">${sectionTitle(beat.section)}</h2>`,
      );
    }
    sections.push(
      renderBeat(
        beat,
        graphics.get(beat.id) as StaticGraphic,
        names.get(beat.id) as string,
        place,
        base,
        printed.has(beat.id),
      ),
    );
  }
  sections.push(html`</section>`);

  return lines([
    html`<main id="story" class="scrolly">`,
    html`<div class="scrolly-graphic" ${GRAPHIC.write(first.graphic)}>`,
    html`<div class="graphic-bar">`,
    html`<div class="progress"><span class="progress-date" ${PROGRESS_DATE.write()}>${words.progressDate(first.date)}</span><span class="visually-hidden" ${PROGRESS_COUNT.write()}>${words.momentCount(1, beats.length)}</span><span class="progress-track" aria-hidden="true"><span class="progress-fill" ${PROGRESS_FILL.write()}></span></span></div>`,
    html`<a class="figure-data-link" href="#table-${first.graphic}" ${TABLE_LINK.write()}>${words.showData}</a>`,
    html`<div class="beat-nav">${stepButton("prev", "k", words.previous)}${stepButton("next", "j", words.next)}</div>`,
    html`</div>`,
    html`<figure class="sticky-figure" aria-labelledby="graphic-title">`,
    html`<div class="figure-title" id="graphic-title"${chartsLanguage(place)}>${firstGraphic.title}</div>`,
    html`<div class="graphic-canvas" ${GRAPHIC_CANVAS.write()}${chartsLanguage(place)}>${picture(firstGraphic, false, place)}</div>`,
    html`<figcaption class="visually-hidden" id="graphic-description"${chartsLanguage(place)}>${firstGraphic.description}</figcaption>`,
    html`</figure>`,
    html`<p class="visually-hidden" aria-live="polite" ${ANNOUNCER.write()}${chartsLanguage(place)}></p>`,
    html`</div>`,
    html`<div class="scrolly-text">`,
    ...sections,
    html`</div>`,
    html`</main>`,
  ]).text;
}
