import type { Story } from "../../src/content/story.ts";
import { DATASETS, type Datasets } from "../../src/data/datasets/index.ts";
import { DATASET, KEYS_TOGGLE } from "../../src/pageContract.ts";
import { viewToggle } from "../page/viewToggle.ts";
import { html, lines, raw } from "./html.ts";
import { leaving, type PagePlace, STORY_PAGE, wordsAt } from "./pagePlace.ts";
import {
  GEONAMES_LICENCE,
  GEONAMES_LICENCE_NAME,
  SOURCE_LICENCE,
  SOURCE_LICENCE_NAME,
  SOURCE_TITLE,
} from "./source.ts";

/** The headline and standfirst; framed, without the list view's toggle (the frame decides). */
export function renderMasthead(
  story: Story,
  place: PagePlace = STORY_PAGE,
  languageSwitch?: string,
): string {
  const words = wordsAt(place);
  return lines([
    html`<header class="masthead">`,
    languageSwitch && raw(languageSwitch),
    html`<p class="kicker">${words.kicker}</p>`,
    html`<h1>${story.headline}</h1>`,
    html`<p class="standfirst">${story.standfirst}</p>`,
    html`<p class="dateline">${story.dateline}</p>`,
    !place.framed && raw(viewToggle(words).story),
    // Shown by the story script, which is what listens for the keys.
    html`<p class="key-toggle" hidden><label><input type="checkbox" ${KEYS_TOGGLE.write()} checked> ${words.keysToggle(html`<kbd>j</kbd>`, html`<kbd>k</kbd>`)}</label></p>`,
    html`</header>`,
  ]).text;
}

export function renderAbout(story: Story, place: PagePlace = STORY_PAGE): string {
  const words = wordsAt(place);
  const editors = (text: string) =>
    html`<a href="${place.root}editors.html"${leaving(place)}>${text}</a>`;
  const licence = html`<a href="${SOURCE_LICENCE}" rel="license"${leaving(place)}>${SOURCE_LICENCE_NAME}</a>`;
  return lines([
    html`<section class="about" id="about" aria-labelledby="about-head">`,
    html`<h2 id="about-head">${words.aboutHead}</h2>`,
    ...story.about.map((p) => html`<p>${p}</p>`),
    html`<p>${words.editorsNote(editors)}</p>`,
    html`<p class="source-credit">${words.sourceCredit(SOURCE_TITLE, licence)}</p>`,
    html`<p class="source-credit">${words.mapCredit(html`<a href="${GEONAMES_LICENCE}" rel="license"${leaving(place)}>${GEONAMES_LICENCE_NAME}</a>`)}</p>`,
    html`</section>`,
  ]).text;
}

/** The Data section: every CSV, what it holds and how many rows, linked for download. */
export function renderDataSection(data: Datasets, place: PagePlace = STORY_PAGE): string {
  const words = wordsAt(place);
  const items = (Object.keys(DATASETS) as (keyof typeof DATASETS)[]).map((name) => {
    const spec = DATASETS[name];
    const { title, description } = words.datasets?.[name] ?? spec;
    const rows = data[name].length;
    return html`<li><a href="${place.root}data/${spec.file}" download ${DATASET.write(name)}>${title} <span class="file">${words.dataFile(spec.file, rows)}</span></a><br>${description}</li>`;
  });
  return lines([
    html`<section class="data" id="data" aria-labelledby="data-head">`,
    html`<h2 id="data-head">${words.dataHead}</h2>`,
    html`<p>${words.dataIntro}</p>`,
    html`<ul class="dataset-list">${items}</ul>`,
    html`</section>`,
  ]).text;
}
