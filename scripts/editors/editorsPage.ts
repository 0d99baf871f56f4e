import {
  addressOf,
  COLUMN_WIDTHS,
  DEFAULT_LOOK,
  embedAddress,
  type SnippetSpec,
  snippetCode,
} from "../../src/editors/embedCode.ts";
import { HEADER_TOP_MAX } from "../../src/embed/embedParams.ts";
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
import { iconLink, moduleScript, pageShell, stylesheets } from "../page/pageShell.ts";
import type { PictureUse } from "../pictures/pictureLayouts.ts";
import { html, lines, raw, type SafeHtml } from "../prerender/html.ts";
import { PUBLIC_URL_SETTING } from "../share/publicUrl.ts";
import { beatList, type EditorsBeat } from "./beatList.ts";
import { republishing } from "./republishing.ts";

export type { EditorsBeat };

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
  /** The same picture as SVG, laid out for each use (`PictureUse`). */
  svg: readonly { use: PictureUse; path: string; width: number; height: number }[];
  /** What the embed needs, in px, at its tallest: with Previous/Next, and fixed at the state. */
  heights: FrameHeight;
}

export interface EditorsGraphic {
  name: string;
  title: string;
  states: readonly EditorsState[];
  /** The data it shows, its table as a CSV file, as a path inside dist/. */
  csv: string;
  /** The story's beats that show it, in story order. */
  beats: readonly EditorsBeat[];
  /** The source tables it is drawn from, as paths inside dist/. */
  datasets: readonly { file: string; title: string }[];
}

export interface EditorsPageInput {
  headline: string;
  /** The public address, or undefined (then every address in the code is relative). */
  base: string | undefined;
  /** The whole story's embed page, inside dist/. */
  storyEmbed: string;
  /** Each section's embed page (a chapter), inside dist/, in story order. */
  chapters: readonly { id: string; title: string; embed: string }[];
  /** The explore section's embed pages (#22), each edition's, inside dist/. */
  exploreEmbeds?: readonly { lang: string; embed: string }[];
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
  kind: SafeHtml | string,
  what: string,
  note: SafeHtml,
  spec: SnippetSpec,
  base: string | undefined,
  level = 4,
): SafeHtml {
  const code = snippetCode(spec, { look: DEFAULT_LOOK, base });
  return lines([
    html`<div class="snippet">`,
    html`<h${level} class="snippet-head">${kind}</h${level}>`,
    html`<p class="snippet-note">${note}</p>`,
    html`<pre class="snippet-code"><code id="${id}" ${SNIPPET.write(JSON.stringify(spec))}>${code}</code></pre>`,
    copyButton(id, what),
    html`</div>`,
  ]);
}

/** A Copy button for the element `id`, named for `what` it copies, and its "Copied" note. */
const copyButton = (id: string, what: string) =>
  html`<p class="snippet-actions"><button type="button" class="tool-button" ${COPY.write(id)}>Copy<span class="visually-hidden"> ${what}</span></button><span class="copy-done" ${COPY_DONE.write(id)} aria-hidden="true"></span></p>`;

/** A fact an editor pastes elsewhere (the alt text, the credit), with its Copy button. */
const copyableFact = (id: string, text: string, what: string) =>
  html`<p class="fact-text" id="${id}">${text}</p>${copyButton(id, what)}`;

/** What each SVG's layout is for, as its link says it. */
const SVG_USE: Record<PictureUse, string> = {
  phone: "SVG for a phone",
  column: "SVG for an article’s column",
  wide: "SVG for a wide page",
};

/** The state's pictures: the PNG, then the same picture as SVG for each use, narrowest first. */
function pictureList(s: EditorsState, base: string | undefined): SafeHtml {
  const items = [
    download(s.png.path, base, "PNG for print, newsletters and Apple News"),
    ...s.svg.map((d) => download(d.path, base, SVG_USE[d.use])),
  ];
  return html`<ul class="file-list">${items.map((a) => html`<li>${a}</li>`)}</ul>`;
}

/** A file to download, at its address (absolute with the public address). */
const download = (path: string, base: string | undefined, label: SafeHtml | string) =>
  html`<a href="${addressOf(path, base)}" ${PATH.write(path)} download>${label}</a>`;

/**
 * What an AMP page asks of the frame: https addresses, and another origin than its own for
 * a frame with allow-same-origin (what breaks without it was seen in Chromium: a frame of
 * no origin may not load our script and fonts from ours).
 */
function ampNote(): SafeHtml {
  return html`For AMP pages: <code>amp-iframe</code> takes the size the embed asks for; the picture shows, whole, until it loads. <strong>AMP needs https addresses</strong>: publish the story over https. AMP also refuses this frame when the story is served from your AMP page’s own origin (the sandbox keeps <code>allow-same-origin</code>): publish the story on a domain or subdomain of its own (<code>graphics.example.org</code> for pages on <code>www.example.org</code>). Taking <code>allow-same-origin</code> out is no cure: the frame then has no origin, the browser refuses it the story’s script and fonts, and it shows only the picture of the graphic’s first state and the data, in other fonts, at the starting height, with no Previous or Next.`;
}

function stateEntry(g: EditorsGraphic, s: EditorsState, input: EditorsPageInput): SafeHtml {
  const { base } = input;
  const what = (kind: string) => `${kind} for ${s.name}, state ${s.state}`;
  const preview = embedAddress(s.embed, { look: DEFAULT_LOOK, base });
  const columns = COLUMN_WIDTHS.map(
    (w) => `${s.heights.columns[String(w)] ?? s.heights.fixed} px in a ${w} px column`,
  );
  return lines([
    html`<article class="state" id="${s.id}" aria-labelledby="${s.id}-name">`,
    html`<h3 class="state-name" id="${s.id}-name">${s.name} <span class="state-id">state <code>${s.state}</code></span></h3>`,
    html`<div class="preview"><iframe src="${preview}" ${PATH.write(s.embed)} title="Preview: ${s.name}" width="100%" height="${s.heights.stepped}" loading="lazy" ${PREVIEW.write()}></iframe></div>`,
    html`<dl class="facts">`,
    html`<dt>Text alternative</dt><dd>${copyableFact(`alt-${s.id}`, s.description, what("the text alternative"))}</dd>`,
    html`<dt>Credit</dt><dd>${copyableFact(`credit-${s.id}`, input.credit, what("the credit"))}</dd>`,
    html`<dt>Pictures</dt><dd>${pictureList(s, base)}</dd>`,
    html`</dl>`,
    snippet(
      `code-${s.id}-pym`,
      "pym.js",
      what("the pym.js code"),
      html`For most CMSes: the frame takes its content’s height at any width, and readers step through the states.`,
      { kind: "pym", path: s.embed, title: g.title },
      base,
    ),
    snippet(
      `code-${s.id}-amp`,
      "AMP",
      what("the AMP code"),
      ampNote(),
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
      html`For a CMS that strips scripts: fixed at this state and at one height, ${s.heights.fixed} px, what it needs at any width from ${input.measuredAt[0]} to ${input.measuredAt.at(-1)} px (${columns.join(", ")}: choose your column above). An opened data table scrolls inside.`,
      {
        kind: "iframe",
        path: s.embed,
        title: g.title,
        height: s.heights.fixed,
        columns: s.heights.columns,
      },
      base,
    ),
    html`</article>`,
  ]);
}

function graphicSection(g: EditorsGraphic, input: EditorsPageInput): SafeHtml {
  const file = (path: string) => path.slice(path.lastIndexOf("/") + 1);
  const sources = g.datasets.map(
    (d) =>
      html`${download(d.file, input.base, html`${d.title} <span class="file">(${file(d.file)})</span>`)}`,
  );
  return lines([
    html`<section class="graphic" id="graphic-${g.name}" aria-labelledby="graphic-${g.name}-head">`,
    html`<h2 id="graphic-${g.name}-head">${g.title}</h2>`,
    html`<p>${g.states.length} states. The data it shows, as its table lists it (every row with its claimant), as a CSV file that spreadsheet programs open as UTF-8:</p>`,
    html`<ul class="csv-list"><li>${download(g.csv, input.base, html`${g.title} <span class="file">(${file(g.csv)})</span>`)}</li></ul>`,
    html`<p class="source-tables">Every field, with each row’s note and the article’s section, is in the source tables it is drawn from: ${lines(sources, ", ")}.</p>`,
    beatList(g, input.base),
    ...g.states.map((s) => stateEntry(g, s, input)),
    html`</section>`,
  ]);
}

/**
 * Each section of the story as an embed of its own (a chapter): the same story, driven by
 * the host's scroll the same way, with that section's beats alone.
 */
function chapterSnippets(input: EditorsPageInput): SafeHtml {
  const { base, headline } = input;
  return lines([
    html`<h3 id="story-chapters">The story in chapters</h3>`,
    html`<p>The whole story is one long frame, over 30,000 px tall. To set it in your page a section at a time, between your own text, each section is an embed of its own: the same graphic, Previous and Next, and the same code, with that section’s moments alone.</p>`,
    ...input.chapters.map((c) =>
      snippet(
        `code-chapter-${c.id}-pym`,
        html`${c.title} <span class="state-id">chapter <code>${c.id}</code></span>`,
        `the pym.js code for the chapter ${c.title}`,
        html`Loads <code>${c.embed}</code>.`,
        { kind: "pym", path: c.embed, title: `${c.title}: ${headline}`, trackScroll: true },
        base,
      ),
    ),
  ]);
}

/** The explore section (#22) as an embed: each edition's pym.js code, and its `?day=`. */
function exploreSnippets(input: EditorsPageInput): SafeHtml {
  const { base, headline } = input;
  if (!input.exploreEmbeds?.length) return lines([]);
  return lines([
    html`<section class="story-embed" id="explore-embed" aria-labelledby="explore-embed-head">`,
    html`<h2 id="explore-embed-head">Day by day</h2>`,
    html`<p>The section after the story on its own: a date control over 15 November – 22 December 2016 with, for the chosen day, the district map, the share of the east reported under government control and the evacuation counts, each figure with its claimant. It sizes itself to its content. Add <code>?day=2016-12-06</code> to the address to open it on a day; without JavaScript it shows a table of the key days.</p>`,
    ...input.exploreEmbeds.map((e) =>
      snippet(
        `code-explore-${e.lang}-pym`,
        html`pym.js <span class="state-id"><code>${e.lang}</code></span>`,
        `the pym.js code for the day-by-day section (${e.lang})`,
        html`Loads <code>${e.embed}</code>.`,
        { kind: "pym", path: e.embed, title: `${headline}: day by day` },
        base,
        3,
      ),
    ),
    html`</section>`,
  ]);
}

/** Beside the whole story's code: how to keep its controls clear of the host's header. */
function headerNote(): SafeHtml {
  return html`<p>If your page has a header that stays at the top of the window as the reader scrolls, give its height above (or add <code>top=</code> and the height in pixels to the address, <code>story.html?top=60</code>; the tallest it is, from 0 to ${HEADER_TOP_MAX}): the story then keeps its date, progress bar, Previous and Next below the header, and Previous and Next bring each moment into view below it. A header that changes height as the reader scrolls: give its tallest.</p>`;
}

/** The height of the host's sticky header, which the whole story keeps its controls below. */
function headerChoice(): SafeHtml {
  return html`<p><label for="choice-header-top">The whole story: your page’s sticky header, in px</label> <input id="choice-header-top" name="header-top" type="number" min="0" max="${HEADER_TOP_MAX}" step="1" inputmode="numeric" placeholder="none"></p>`;
}

/**
 * What the editor may choose for every snippet on the page: the frame's theme, a
 * transparent background, and the plain iframe's column. Hidden until the page's script
 * runs, which is what applies them.
 */
function choices(): SafeHtml {
  const theme = (value: string, label: string) =>
    html`<label><input type="radio" name="theme" value="${value}"${value === DEFAULT_LOOK.theme && html` checked`}> ${label}</label>`;
  const columns = COLUMN_WIDTHS.map((w) => html`<option value="${w}">${w} px</option>`);
  return lines([
    html`<form class="snippet-choices" ${SNIPPET_CHOICES.write()} hidden aria-labelledby="choices-head">`,
    html`<h2 id="choices-head">Your page</h2>`,
    html`<p>The code below follows what you choose here.</p>`,
    html`<fieldset><legend>Theme of the frames</legend>`,
    theme("light", "Light"),
    theme("dark", "Dark"),
    theme("auto", "The reader’s system setting"),
    html`</fieldset>`,
    html`<p><label><input type="checkbox" name="background" value="transparent"> Transparent background: your page’s own colour shows through (choose the theme that matches it)</label></p>`,
    html`<p><label for="choice-column">Plain iframe: your column’s width</label> <select id="choice-column" name="column">`,
    html`<option value="">Any width (the tallest it needs)</option>`,
    ...columns,
    html`</select></p>`,
    headerChoice(),
    html`</form>`,
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
    ? html`Every address below is absolute, under <code>${base}</code>.`
    : html`This copy was built without <code>${PUBLIC_URL_SETTING}</code>, and its script has not run, so every address below is relative to the story’s folder: open this page from the address the story is published at, with JavaScript on, and they become absolute. AMP needs absolute <code>https</code> addresses.`;
  const page = pageShell({
    root: base && html` ${BASE.write(base)}`,
    title: `For editors: ${headline}`,
    description: `Embed code, pictures and data for every graphic of ${headline}.`,
    colorScheme: true,
    head: [
      iconLink(input.assets.icon),
      html`<style>${raw(input.assets.tokens)}</style>`,
      ...stylesheets(input.assets.styles),
      moduleScript(input.assets.script),
    ],
    body: [
      html`<a class="skip-link" href="#graphics">Skip to the graphics</a>`,
      html`<header class="editors-head">`,
      html`<p class="kicker">For editors</p>`,
      html`<h1>Embedding “${headline}”</h1>`,
      html`<p>Every graphic of the story, at every state it shows, with the code to embed it in your own pages, its pictures and the data behind it. <a href="index.html">Back to the story</a>.</p>`,
      html`<p ${ADDRESSES.write()}>${addresses}</p>`,
      choices(),
      html`<nav aria-label="On this page"><ul class="contents">`,
      html`<li><a href="#republishing">Republishing</a></li>`,
      html`<li><a href="#story-embed">The whole story</a></li>`,
      ...input.graphics.map((g) => html`<li><a href="#graphic-${g.name}">${g.title}</a></li>`),
      html`</ul></nav>`,
      html`</header>`,
      html`<main>`,
      republishing(),
      html`<section class="story-embed" id="story-embed" aria-labelledby="story-embed-head">`,
      html`<h2 id="story-embed-head">The whole story</h2>`,
      html`<p>The story scrolls inside your page: pym.js follows your reader’s scroll (<code>${PYM_TRACK_SCROLL.name}</code>) and the story keeps its graphic in view. Without it, the story shows as a list of moments, each with its picture.</p>`,
      headerNote(),
      snippet(
        "code-story-pym",
        "pym.js",
        "the pym.js code for the whole story",
        html`Loads <code>${input.storyEmbed}</code>.`,
        { kind: "pym", path: input.storyEmbed, title: headline, trackScroll: true },
        base,
        3,
      ),
      chapterSnippets(input),
      html`</section>`,
      exploreSnippets(input),
      html`<div id="graphics" tabindex="-1">`,
      ...input.graphics.map((g) => graphicSection(g, input)),
      html`</div>`,
      html`<p class="visually-hidden" aria-live="polite" ${COPY_STATUS.write()}></p>`,
      html`</main>`,
    ],
  });
  return `${page}\n`;
}
