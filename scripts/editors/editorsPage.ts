import {
  addressOf,
  COLUMN_WIDTHS,
  DEFAULT_LOOK,
  embedAddress,
  type SnippetSpec,
  snippetCode,
} from "../../src/editors/embedCode.ts";
import {
  ADDRESSES,
  BASE,
  COPY,
  COPY_DONE,
  COPY_STATUS,
  PATH,
  PREVIEW,
  PYM_TRACK_SCROLL,
  SNIPPET,
  SNIPPET_CHOICES,
} from "../../src/pageContract.ts";
import { esc, html } from "../prerender/html.ts";
import { PUBLIC_URL_SETTING } from "../share/publicUrl.ts";

/** What one embed state needs, in px, at its tallest. */
export interface FrameHeight {
  /** With Previous/Next, at any width measured (AMP's starting height, the preview's). */
  stepped: number;
  /** Fixed at the state (`steps=0`), at any width measured: the plain iframe's default. */
  fixed: number;
  /** Fixed at the state, in a column of each of COLUMN_WIDTHS (px, as keys). */
  columns: Record<string, number>;
}

/** One graphic state as the editors' page lists it. */
export interface EditorsState {
  /** `<graphic>-<state>`, as in embeds.json. */
  id: string;
  state: string;
  /** The picture's short name ("Control chart, 6 December 2016"). */
  name: string;
  /** The state in one sentence: the text alternative. */
  description: string;
  /** The embed's path inside dist/, opened at this state. */
  embed: string;
  png: { path: string; width: number; height: number };
  /** The prerendered drawings, one per size the story shows. */
  svg: readonly { path: string; width: number; height: number }[];
  /** What the embed needs, in px, at its tallest: with Previous/Next, and fixed at the state. */
  heights: FrameHeight;
}

export interface EditorsGraphic {
  name: string;
  title: string;
  states: readonly EditorsState[];
  /** The CSVs it is drawn from, as paths inside dist/. */
  datasets: readonly { file: string; title: string }[];
}

export interface EditorsPageInput {
  headline: string;
  /** The public address, or undefined (then every address in the code is relative). */
  base: string | undefined;
  /** The whole story's embed page, inside dist/. */
  storyEmbed: string;
  graphics: readonly EditorsGraphic[];
  /** The credit every use carries, as plain text. */
  credit: string;
  /** The widths the heights were measured at, in px. */
  measuredAt: readonly number[];
  /** Colour tokens, the page's stylesheets and its module script. */
  assets: { tokens: string; styles: readonly string[]; script: string; icon: string };
}

/**
 * A block of code, a Copy button named for what it copies, and a note seen when it has.
 * The code is written with the default choices and the build's public address; the
 * page's script writes it again from its `SNIPPET` with the editor's choices and, without
 * a public address, the page's own.
 */
function snippet(
  id: string,
  kind: string,
  what: string,
  note: string,
  spec: SnippetSpec,
  base: string | undefined,
  level = 4,
) {
  const code = snippetCode(spec, { look: DEFAULT_LOOK, base });
  return html([
    '<div class="snippet">',
    `<h${level} class="snippet-head">${esc(kind)}</h${level}>`,
    `<p class="snippet-note">${note}</p>`,
    `<pre class="snippet-code"><code id="${id}" ${SNIPPET.write(JSON.stringify(spec))}>${esc(code)}</code></pre>`,
    `<p class="snippet-actions"><button type="button" class="tool-button" ${COPY.write(id)}>Copy<span class="visually-hidden"> ${esc(what)}</span></button><span class="copy-done" ${COPY_DONE.write(id)} aria-hidden="true"></span></p>`,
    "</div>",
  ]);
}

/** A file to download, at its address (absolute with the public address). */
const download = (path: string, base: string | undefined, label: string) =>
  `<a href="${esc(addressOf(path, base))}" ${PATH.write(path)} download>${label}</a>`;

function stateEntry(g: EditorsGraphic, s: EditorsState, input: EditorsPageInput): string {
  const { base } = input;
  const what = (kind: string) => `${kind} for ${s.name}, state ${s.state}`;
  const preview = embedAddress(s.embed, { look: DEFAULT_LOOK, base });
  const pictures = [
    download(s.png.path, base, `PNG, ${s.png.width} × ${s.png.height} px`),
    ...s.svg.map((d) => download(d.path, base, `SVG, ${d.width} × ${d.height} px`)),
  ];
  const columns = COLUMN_WIDTHS.map(
    (w) => `${s.heights.columns[String(w)] ?? s.heights.fixed} px in a ${w} px column`,
  );
  return html([
    `<article class="state" id="${esc(s.id)}" aria-labelledby="${esc(s.id)}-name">`,
    `<h3 class="state-name" id="${esc(s.id)}-name">${esc(s.name)} <span class="state-id">state <code>${esc(s.state)}</code></span></h3>`,
    `<div class="preview"><iframe src="${esc(preview)}" ${PATH.write(s.embed)} title="Preview: ${esc(s.name)}" width="100%" height="${s.heights.stepped}" loading="lazy" ${PREVIEW.write()}></iframe></div>`,
    '<dl class="facts">',
    `<dt>Text alternative</dt><dd>${esc(s.description)}</dd>`,
    `<dt>Credit</dt><dd>${esc(input.credit)}</dd>`,
    `<dt>Pictures</dt><dd>${pictures.join(" · ")}</dd>`,
    "</dl>",
    snippet(
      `code-${s.id}-pym`,
      "pym.js",
      what("the pym.js code"),
      "For most CMSes: the frame takes its content’s height at any width, and readers step through the states.",
      { kind: "pym", path: s.embed, title: g.title },
      base,
    ),
    snippet(
      `code-${s.id}-amp`,
      "AMP",
      what("the AMP code"),
      "For AMP pages: <code>amp-iframe</code> takes the size the embed asks for; the picture shows until it loads.",
      {
        kind: "amp",
        path: s.embed,
        title: g.title,
        height: s.heights.stepped,
        placeholder: { src: s.png.path, alt: s.name },
      },
      base,
    ),
    snippet(
      `code-${s.id}-iframe`,
      "Plain iframe",
      what("the plain iframe"),
      `For a CMS that strips scripts: fixed at this state and at one height, ${s.heights.fixed} px, what it needs at any width from ${input.measuredAt[0]} to ${input.measuredAt.at(-1)} px (${columns.join(", ")}: choose your column above). An opened data table scrolls inside.`,
      {
        kind: "iframe",
        path: s.embed,
        title: g.title,
        height: s.heights.fixed,
        columns: s.heights.columns,
      },
      base,
    ),
    "</article>",
  ]);
}

function graphicSection(g: EditorsGraphic, input: EditorsPageInput): string {
  const csvs = g.datasets.map(
    (d) =>
      `<li>${download(d.file, input.base, `${esc(d.title)} <span class="file">(${esc(d.file.replace(/^data\//, ""))})</span>`)}</li>`,
  );
  return html([
    `<section class="graphic" id="graphic-${esc(g.name)}" aria-labelledby="graphic-${esc(g.name)}-head">`,
    `<h2 id="graphic-${esc(g.name)}-head">${esc(g.title)}</h2>`,
    `<p>${g.states.length} states. The data behind it, as CSV files (every row with its claimant):</p>`,
    `<ul class="csv-list">${csvs.join("")}</ul>`,
    ...g.states.map((s) => stateEntry(g, s, input)),
    "</section>",
  ]);
}

/**
 * What the editor may choose for every snippet on the page: the frame's theme, a
 * transparent background, and the plain iframe's column. Hidden until the page's script
 * runs, which is what applies them.
 */
function choices(): string {
  const theme = (value: string, label: string) =>
    `<label><input type="radio" name="theme" value="${value}"${value === DEFAULT_LOOK.theme ? " checked" : ""}> ${label}</label>`;
  const columns = COLUMN_WIDTHS.map((w) => `<option value="${w}">${w} px</option>`);
  return html([
    `<form class="snippet-choices" ${SNIPPET_CHOICES.write()} hidden aria-labelledby="choices-head">`,
    '<h2 id="choices-head">Your page</h2>',
    "<p>The code below follows what you choose here.</p>",
    "<fieldset><legend>Theme of the frames</legend>",
    theme("light", "Light"),
    theme("dark", "Dark"),
    theme("auto", "The reader’s system setting"),
    "</fieldset>",
    '<p><label><input type="checkbox" name="background" value="transparent"> Transparent background: your page’s own colour shows through (choose the theme that matches it)</label></p>',
    '<p><label for="choice-column">Plain iframe: your column’s width</label> <select id="choice-column" name="column">',
    '<option value="">Any width (the tallest it needs)</option>',
    ...columns,
    "</select></p>",
    "</form>",
  ]);
}

/**
 * `editors.html`: for every graphic state, a live preview, the code for each kind of host
 * ready to copy, its pictures, the CSVs behind it, its text alternative and the credit;
 * and the whole story's code. No inline script: copying is the page's module's job.
 */
export function editorsPage(input: EditorsPageInput): string {
  const { headline, base } = input;
  const addresses = base
    ? `Every address below is absolute, under <code>${esc(base)}</code>.`
    : `This copy was built without <code>${PUBLIC_URL_SETTING}</code>, and its script has not run, so every address below is relative to the story’s folder: open this page from the address the story is published at, with JavaScript on, and they become absolute. AMP needs absolute <code>https</code> addresses.`;
  return `${html([
    "<!doctype html>",
    base ? `<html lang="en-GB" ${BASE.write(base)}>` : '<html lang="en-GB">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>For editors: ${esc(headline)}</title>`,
    `<meta name="description" content="Embed code, pictures and data for every graphic of ${esc(headline)}.">`,
    `<link rel="icon" href="${esc(input.assets.icon)}" type="image/svg+xml">`,
    `<style>${input.assets.tokens}</style>`,
    ...input.assets.styles.map((href) => `<link rel="stylesheet" href="${esc(href)}">`),
    `<script type="module" src="${esc(input.assets.script)}"></script>`,
    "</head>",
    "<body>",
    '<a class="skip-link" href="#graphics">Skip to the graphics</a>',
    '<header class="editors-head">',
    '<p class="kicker">For editors</p>',
    `<h1>Embedding “${esc(headline)}”</h1>`,
    `<p>Every graphic of the story, at every state it shows, with the code to embed it in your own pages, its pictures and the data behind it. <a href="index.html">Back to the story</a>.</p>`,
    `<p ${ADDRESSES.write()}>${addresses}</p>`,
    choices(),
    '<nav aria-label="On this page"><ul class="contents">',
    '<li><a href="#story-embed">The whole story</a></li>',
    ...input.graphics.map((g) => `<li><a href="#graphic-${esc(g.name)}">${esc(g.title)}</a></li>`),
    "</ul></nav>",
    "</header>",
    "<main>",
    '<section class="story-embed" id="story-embed" aria-labelledby="story-embed-head">',
    '<h2 id="story-embed-head">The whole story</h2>',
    `<p>The story scrolls inside your page: pym.js follows your reader’s scroll (<code>${PYM_TRACK_SCROLL.name}</code>) and the story keeps its graphic in view. Without it, the story shows as a list of moments, each with its picture.</p>`,
    snippet(
      "code-story-pym",
      "pym.js",
      "the pym.js code for the whole story",
      `Loads <code>${esc(input.storyEmbed)}</code>.`,
      { kind: "pym", path: input.storyEmbed, title: headline, trackScroll: true },
      base,
      3,
    ),
    "</section>",
    '<div id="graphics" tabindex="-1">',
    ...input.graphics.map((g) => graphicSection(g, input)),
    "</div>",
    `<p class="visually-hidden" aria-live="polite" ${COPY_STATUS.write()}></p>`,
    "</main>",
    "</body>",
    "</html>",
  ])}\n`;
}
