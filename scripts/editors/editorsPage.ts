import {
  addressOf,
  COLUMN_WIDTHS,
  DEFAULT_LOOK,
  embedAddress,
  type SnippetSpec,
  snippetCode,
} from "../../src/editors/embedCode.ts";
import { HEADER_TOP_MAX } from "../../src/embed/embedParams.ts";
import { enPage } from "../../src/locale/page/en.ts";
import type { EditorsWords } from "../../src/locale/page/kit/types.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
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
  /** The edition's words (English by default); its page in every edition, and links to them. */
  words?: PageWords;
  alternates?: SafeHtml | undefined;
  switches?: SafeHtml | undefined;
}

/** The editors' page's words, for an input. */
const editorsWords = (input: Pick<EditorsPageInput, "words">): EditorsWords =>
  (input.words ?? enPage).kit.editors;

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
  note: SafeHtml | string,
  spec: SnippetSpec,
  at: { base: string | undefined; words: EditorsWords },
  level = 4,
): SafeHtml {
  const { base } = at;
  const code = snippetCode(spec, { look: DEFAULT_LOOK, base });
  return lines([
    html`<div class="snippet">`,
    html`<h${level} class="snippet-head">${kind}</h${level}>`,
    html`<p class="snippet-note">${note}</p>`,
    html`<pre class="snippet-code"><code id="${id}" ${SNIPPET.write(JSON.stringify(spec))}>${code}</code></pre>`,
    copyButton(id, what, at.words),
    html`</div>`,
  ]);
}

/** A Copy button for the element `id`, named for `what` it copies, and its "Copied" note. */
const copyButton = (id: string, what: string, words: EditorsWords) =>
  html`<p class="snippet-actions"><button type="button" class="tool-button" ${COPY.write(id)}>${words.copy}<span class="visually-hidden"> ${what}</span></button><span class="copy-done" ${COPY_DONE.write(id)} aria-hidden="true"></span></p>`;

/** A fact an editor pastes elsewhere (the alt text, the credit), with its Copy button. */
const copyableFact = (id: string, text: string, what: string, words: EditorsWords) =>
  html`<p class="fact-text" id="${id}">${text}</p>${copyButton(id, what, words)}`;

/** The state's pictures: the PNG, then the same picture as SVG for each use, narrowest first. */
function pictureList(s: EditorsState, base: string | undefined, words: EditorsWords): SafeHtml {
  const svgUse: Record<PictureUse, string> = words.svg;
  const items = [
    download(s.png.path, base, words.png),
    ...s.svg.map((d) => download(d.path, base, svgUse[d.use])),
  ];
  return html`<ul class="file-list">${items.map((a) => html`<li>${a}</li>`)}</ul>`;
}

/** A file to download, at its address (absolute with the public address). */
const download = (path: string, base: string | undefined, label: SafeHtml | string) =>
  html`<a href="${addressOf(path, base)}" ${PATH.write(path)} download>${label}</a>`;

/**
 * What an AMP page asks of the frame (`ampNote`): https addresses, and another origin than
 * its own for a frame with allow-same-origin (what breaks without it was seen in Chromium: a
 * frame of no origin may not load our script and fonts from ours).
 */
function stateEntry(g: EditorsGraphic, s: EditorsState, input: EditorsPageInput): SafeHtml {
  const { base } = input;
  const words = editorsWords(input);
  const at = { base, words };
  const what = (kind: string) => words.copyWhat(kind, s.name, s.state);
  const preview = embedAddress(s.embed, { look: DEFAULT_LOOK, base });
  const columns = COLUMN_WIDTHS.map((w) =>
    words.columnHeight(s.heights.columns[String(w)] ?? s.heights.fixed, w),
  );
  return lines([
    html`<article class="state" id="${s.id}" aria-labelledby="${s.id}-name">`,
    html`<h3 class="state-name" id="${s.id}-name">${s.name} <span class="state-id">${words.stateLabel} <code>${s.state}</code></span></h3>`,
    html`<div class="preview"><iframe src="${preview}" ${PATH.write(s.embed)} title="${words.preview(s.name)}" width="100%" height="${s.heights.stepped}" loading="lazy" ${PREVIEW.write()}></iframe></div>`,
    html`<dl class="facts">`,
    html`<dt>${words.altHead}</dt><dd>${copyableFact(`alt-${s.id}`, s.description, what(words.kinds.alt), words)}</dd>`,
    html`<dt>${words.creditHead}</dt><dd>${copyableFact(`credit-${s.id}`, input.credit, what(words.kinds.credit), words)}</dd>`,
    html`<dt>${words.picturesHead}</dt><dd>${pictureList(s, base, words)}</dd>`,
    html`</dl>`,
    snippet(
      `code-${s.id}-pym`,
      "pym.js",
      what(words.kinds.pym),
      words.pymNote,
      { kind: "pym", path: s.embed, title: g.title },
      at,
    ),
    snippet(
      `code-${s.id}-amp`,
      "AMP",
      what(words.kinds.amp),
      words.ampNote,
      {
        kind: "amp",
        path: s.embed,
        title: g.title,
        height: s.heights.stepped,
        placeholder: { src: s.png.path, alt: s.name },
      },
      at,
    ),
    snippet(
      `code-${s.id}-iframe`,
      words.iframeHead,
      what(words.kinds.iframe),
      words.iframeNote({
        fixed: s.heights.fixed,
        from: input.measuredAt[0] ?? 0,
        to: input.measuredAt.at(-1) ?? 0,
        columns: columns.join(words.comma),
      }),
      {
        kind: "iframe",
        path: s.embed,
        title: g.title,
        height: s.heights.fixed,
        columns: s.heights.columns,
      },
      at,
    ),
    html`</article>`,
  ]);
}

function graphicSection(g: EditorsGraphic, input: EditorsPageInput): SafeHtml {
  const words = editorsWords(input);
  const file = (path: string) => path.slice(path.lastIndexOf("/") + 1);
  const sources = g.datasets.map(
    (d) =>
      html`${download(d.file, input.base, html`${d.title} <span class="file">(${file(d.file)})</span>`)}`,
  );
  return lines([
    html`<section class="graphic" id="graphic-${g.name}" aria-labelledby="graphic-${g.name}-head">`,
    html`<h2 id="graphic-${g.name}-head">${g.title}</h2>`,
    html`<p>${words.graphicIntro(g.states.length)}</p>`,
    html`<ul class="csv-list"><li>${download(g.csv, input.base, html`${g.title} <span class="file">(${file(g.csv)})</span>`)}</li></ul>`,
    html`<p class="source-tables">${words.sourceTables(lines(sources, words.comma))}</p>`,
    beatList(g, input.base, input.words ?? enPage),
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
  const words = editorsWords(input);
  return lines([
    html`<h3 id="story-chapters">${words.chaptersHead}</h3>`,
    html`<p>${words.chaptersIntro}</p>`,
    ...input.chapters.map((c) =>
      snippet(
        `code-chapter-${c.id}-pym`,
        words.chapterHead(c.title, html`${c.id}`),
        words.chapterCodeWhat(c.title),
        words.loads(html`${c.embed}`),
        { kind: "pym", path: c.embed, title: `${c.title}: ${headline}`, trackScroll: true },
        { base, words },
      ),
    ),
  ]);
}

/** The explore section (#22) as an embed: its pym.js code, and its `?day=`. */
function exploreSnippets(input: EditorsPageInput, words: EditorsWords): SafeHtml {
  const { base, headline } = input;
  if (!input.exploreEmbeds?.length) return lines([]);
  return lines([
    html`<section class="story-embed" id="explore-embed" aria-labelledby="explore-embed-head">`,
    html`<h2 id="explore-embed-head">${words.exploreHead}</h2>`,
    html`<p>${words.exploreIntro(html`?day=2016-12-06`)}</p>`,
    ...input.exploreEmbeds.map((e) =>
      snippet(
        `code-explore-${e.lang}-pym`,
        "pym.js",
        words.exploreCodeWhat,
        words.loads(html`${e.embed}`),
        { kind: "pym", path: e.embed, title: words.exploreTitle(headline) },
        { base, words },
        3,
      ),
    ),
    html`</section>`,
  ]);
}

/** The height of the host's sticky header, which the whole story keeps its controls below. */
function headerChoice(words: EditorsWords): SafeHtml {
  return html`<p><label for="choice-header-top">${words.headerLabel}</label> <input id="choice-header-top" name="header-top" type="number" min="0" max="${HEADER_TOP_MAX}" step="1" inputmode="numeric" placeholder="${words.headerNone}"></p>`;
}

/**
 * What the editor may choose for every snippet on the page: the frame's theme, a
 * transparent background, and the plain iframe's column. Hidden until the page's script
 * runs, which is what applies them.
 */
function choices(words: EditorsWords): SafeHtml {
  const theme = (value: "light" | "dark" | "auto") =>
    html`<label><input type="radio" name="theme" value="${value}"${value === DEFAULT_LOOK.theme && html` checked`}> ${words.themes[value]}</label>`;
  const columns = COLUMN_WIDTHS.map((w) => html`<option value="${w}">${words.pixels(w)}</option>`);
  return lines([
    html`<form class="snippet-choices" ${SNIPPET_CHOICES.write()} hidden aria-labelledby="choices-head">`,
    html`<h2 id="choices-head">${words.choicesHead}</h2>`,
    html`<p>${words.choicesIntro}</p>`,
    html`<fieldset><legend>${words.themeLegend}</legend>`,
    theme("light"),
    theme("dark"),
    theme("auto"),
    html`</fieldset>`,
    html`<p><label><input type="checkbox" name="background" value="transparent"> ${words.transparent}</label></p>`,
    html`<p><label for="choice-column">${words.columnLabel}</label> <select id="choice-column" name="column">`,
    html`<option value="">${words.anyWidth}</option>`,
    ...columns,
    html`</select></p>`,
    headerChoice(words),
    html`</form>`,
  ]);
}

/** The whole story's section: its code, its chapters', and the note on a sticky header. */
function storySection(input: EditorsPageInput, words: EditorsWords): SafeHtml {
  const { headline, base } = input;
  return lines([
    html`<section class="story-embed" id="story-embed" aria-labelledby="story-embed-head">`,
    html`<h2 id="story-embed-head">${words.storyHead}</h2>`,
    html`<p>${words.storyIntro(html`${PYM_TRACK_SCROLL.name}`)}</p>`,
    html`<p>${words.headerNote(HEADER_TOP_MAX)}</p>`,
    snippet(
      "code-story-pym",
      "pym.js",
      words.storyCodeWhat,
      words.loads(html`${input.storyEmbed}`),
      { kind: "pym", path: input.storyEmbed, title: headline, trackScroll: true },
      { base, words },
      3,
    ),
    chapterSnippets(input),
    html`</section>`,
  ]);
}

/**
 * `editors.html`: for every graphic state, a live preview, the code for each kind of host
 * ready to copy, its pictures, the CSVs behind it, its text alternative and the credit;
 * and the whole story's code. No inline script: copying is the page's module's job.
 */
export function editorsPage(input: EditorsPageInput): string {
  const { headline, base } = input;
  const page = input.words ?? enPage;
  const words = page.kit.editors;
  const addresses = base
    ? words.addressesAbsolute(base)
    : words.addressesRelative(PUBLIC_URL_SETTING);
  const shell = pageShell({
    ...(page === enPage ? {} : { language: { lang: page.lang, dir: page.dir } }),
    root: base && html` ${BASE.write(base)}`,
    title: words.title(headline),
    description: words.description(headline),
    colorScheme: true,
    head: [
      input.alternates,
      iconLink(input.assets.icon),
      html`<style>${raw(input.assets.tokens)}</style>`,
      ...stylesheets(input.assets.styles),
      moduleScript(input.assets.script),
    ],
    body: [
      html`<a class="skip-link" href="#graphics">${words.skipToGraphics}</a>`,
      html`<header class="editors-head">`,
      input.switches,
      html`<p class="kicker">${words.kicker}</p>`,
      html`<h1>${words.heading(headline)}</h1>`,
      html`<p>${words.intro} <a href="index.html">${words.backToStory}</a>.</p>`,
      html`<p ${ADDRESSES.write()}>${addresses}</p>`,
      choices(words),
      html`<nav aria-label="${words.contents}"><ul class="contents">`,
      html`<li><a href="#republishing">${words.republishingHead}</a></li>`,
      html`<li><a href="#story-embed">${words.storyHead}</a></li>`,
      ...input.graphics.map((g) => html`<li><a href="#graphic-${g.name}">${g.title}</a></li>`),
      html`</ul></nav>`,
      html`</header>`,
      html`<main>`,
      republishing(page),
      storySection(input, words),
      exploreSnippets(input, words),
      html`<div id="graphics" tabindex="-1">`,
      ...input.graphics.map((g) => graphicSection(g, input)),
      html`</div>`,
      html`<p class="visually-hidden" aria-live="polite" ${COPY_STATUS.write()}></p>`,
      html`</main>`,
    ],
  });
  return `${shell}\n`;
}
