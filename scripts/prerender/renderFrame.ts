import type { Story } from "../../src/content/story.ts";
import { DATASETS, type Datasets } from "../../src/data/datasets/index.ts";
import { DATASET, KEYS_TOGGLE } from "../../src/pageContract.ts";
import { VIEW_TOGGLE } from "../page/viewToggle.ts";
import { html, lines, raw } from "./html.ts";
import { leaving, type PagePlace, STORY_PAGE } from "./pagePlace.ts";
import { SOURCE_LICENCE, SOURCE_TITLE } from "./source.ts";

/** The headline and standfirst; framed, without the list view's toggle (the frame decides). */
export function renderMasthead(story: Story, place: PagePlace = STORY_PAGE): string {
  return lines([
    html`<header class="masthead">`,
    html`<p class="kicker">Syria · A data story</p>`,
    html`<h1>${story.headline}</h1>`,
    html`<p class="standfirst">${story.standfirst}</p>`,
    html`<p class="dateline">${story.dateline}</p>`,
    !place.framed && raw(VIEW_TOGGLE.story),
    // Shown by the story script, which is what listens for the keys.
    html`<p class="key-toggle" hidden><label><input type="checkbox" ${KEYS_TOGGLE.write()} checked> Step through the story with the <kbd>j</kbd> and <kbd>k</kbd> keys</label></p>`,
    html`</header>`,
  ]).text;
}

export function renderAbout(story: Story, place: PagePlace = STORY_PAGE): string {
  return lines([
    html`<section class="about" id="about" aria-labelledby="about-head">`,
    html`<h2 id="about-head">About this story</h2>`,
    ...story.about.map((p) => html`<p>${p}</p>`),
    html`<p>Editors: every graphic can be embedded in your own pages, at each of its states, and the whole story too. The code, the pictures and the data are on <a href="${place.root}editors.html"${leaving(place)}>the editors’ page</a>.</p>`,
    html`<p class="source-credit">Source: the Wikipedia article “${SOURCE_TITLE}”, text as of 27 December 2023, by its contributors, licensed <a href="${SOURCE_LICENCE}" rel="license"${leaving(place)}>CC BY-SA 4.0</a>. Our text is written anew from it; the figures are theirs, each with its claimant.</p>`,
    html`</section>`,
  ]).text;
}

/** The Data section: every CSV, what it holds and how many rows, linked for download. */
export function renderDataSection(data: Datasets, place: PagePlace = STORY_PAGE): string {
  const items = (Object.keys(DATASETS) as (keyof typeof DATASETS)[]).map((name) => {
    const spec = DATASETS[name];
    const rows = data[name].length;
    return html`<li><a href="${place.root}data/${spec.file}" download ${DATASET.write(name)}>${spec.title} <span class="file">(${spec.file}, ${rows} rows)</span></a><br>${spec.description}</li>`;
  });
  return lines([
    html`<section class="data" id="data" aria-labelledby="data-head">`,
    html`<h2 id="data-head">Data</h2>`,
    html`<p>Every figure in this story, with who claimed it and the section of the source it came from, as CSV files. Each row names its claimant; where sources disagree, each claim is its own row.</p>`,
    html`<ul class="dataset-list">${items}</ul>`,
    html`</section>`,
  ]).text;
}
