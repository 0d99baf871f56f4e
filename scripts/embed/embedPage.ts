import type { GraphicDefinition } from "../../src/charts/types.ts";
import type { EmbedBeat } from "../../src/embed/embedBeats.ts";
import type { EmbedState } from "../../src/embed/embedStates.ts";
import { chartEdition } from "../../src/locale/page/chartEdition.ts";
import { enPage } from "../../src/locale/page/en.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
import {
  BEAT,
  DATE,
  DESCRIPTION,
  EMBED,
  EMBED_ANNOUNCER,
  EMBED_BEATS,
  EMBED_CANVAS,
  EMBED_COUNT,
  EMBED_DESCRIPTION,
  EMBED_PROBLEM,
  EMBED_SIZER,
  EMBED_STATES,
  EMBED_STEPS,
  EMBED_WHEN,
  FORMERLY,
  HIGHLIGHT,
  NAME,
  NARROW,
  STATE,
  STEP,
  WHEN,
  WIDE,
} from "../../src/pageContract.ts";
import { darkInk, ink } from "../../src/styles/tokens.ts";
import { iconLink, moduleScript, pageShell, stylesheets } from "../page/pageShell.ts";
import { creditHtml } from "../pictures/credit.ts";
import { type HtmlValue, html, raw } from "../prerender/html.ts";
import { STATIC_SIZES, type StaticGraphic } from "../prerender/staticGraphics.ts";
import { themeCss } from "./themeScript.ts";

/** What the build hands one embed page: its graphic, its states and their pictures. */
export interface EmbedPageInput {
  definition: GraphicDefinition;
  states: readonly (EmbedState & { picture: StaticGraphic })[];
  /** Its beats, in story order, each with the story's picture at that beat. */
  beats: readonly (EmbedBeat & { picture: StaticGraphic })[];
  /** The graphic's data table (trusted markup: the build wrote it). */
  table: { title: string; body: string };
  headline: string;
  /** The story's address as this page writes it. */
  story: string;
  /** Who publishes the story, as the credit names it (`organisation.ts`). */
  organisation: string;
  /** The page's own code and styles, as addresses from this page. */
  assets: { script: string; themeScript: string; icon: string; styles: readonly string[] };
  /** The edition's words (English by default), and its other editions' pages (hreflang). */
  words?: PageWords;
  alternates?: HtmlValue;
  /** The way from the page to the root of dist/, where the static drawings are: "../". */
  root?: string;
}

/**
 * The design tokens for an embed, whose host may force a theme or a transparent background
 * (set by the theme script before first paint); without one it follows the reader's setting.
 * The chart keeps its light paper in both themes.
 */
export function embedThemeCss(): string {
  const vars = (inks: Record<string, string>) =>
    Object.entries(inks).map(([k, v]) => `--ink-${k}:${v}`);
  const graphic = [`--graphic-paper:${ink.paper}`, `--graphic-ink:${ink.text}`];
  return themeCss([...vars(ink), ...graphic], vars(darkInk));
}

/** One of a state's static drawings, by the key of its size. */
const drawing = (g: StaticGraphic, key: "wide" | "narrow") =>
  g.paths[STATIC_SIZES.findIndex((s) => s.key === key)] ?? "";

/** The picture a reader without JavaScript sees: the phone drawing, or the wide one. */
const picture = (g: StaticGraphic, root: string) =>
  html`<picture><source media="(min-width: 560px)" srcset="${root}${drawing(g, "wide")}"><img src="${root}${drawing(g, "narrow")}" alt="${g.name}" decoding="async"></picture>`;

type PageState = EmbedPageInput["states"][number];
type PageBeat = EmbedPageInput["beats"][number];

/** How a page writes a step: the way to dist/'s root, and its date in the edition's words. */
interface StepWriting {
  root: string;
  words: PageWords;
}

/** What a step shows, as data attributes: the script reads them and never writes markup. */
const shown = (s: PageState | PageBeat, w: StepWriting) =>
  html`${DATE.write(s.date)} ${HIGHLIGHT.write(s.highlight.join("|"))} ${WHEN.write(w.words.longDate(s.date))} ${NAME.write(s.picture.name)} ${DESCRIPTION.write(s.picture.description)} ${NARROW.write(`${w.root}${drawing(s.picture, "narrow")}`)} ${WIDE.write(`${w.root}${drawing(s.picture, "wide")}`)}`;

const stateItem = (w: StepWriting) => (s: PageState) =>
  html`<li ${STATE.write(s.state)} ${shown(s, w)}></li>`;

/** A beat's step: its id and old ids, its graphic's state, and what that state shows. */
const beatItem = (w: StepWriting) => (b: PageBeat) =>
  html`<li ${BEAT.write(b.id)} ${FORMERLY.write(b.formerly.join("|"))} ${STATE.write(b.state)} ${shown(b, w)}></li>`;

// Every step's description, unseen, in the caption's one grid cell: the caption is as
// tall as the longest, so stepping never moves what follows (nor the host's page). The
// script keeps the sizers of the steps it shows (the states', or the beats').
const sizer = (list: "states" | "beats") => (s: PageState | PageBeat) =>
  html`<span class="embed-description-sizer${list === "beats" ? " embed-beat-sizer" : ""}" aria-hidden="true" ${EMBED_SIZER.write(list)}>${s.picture.description}</span>`;

/**
 * `embed/<graphic>.html`: the graphic alone, with its title, date, one-line text
 * alternative, the data behind a "Show the data" control, and the credit. It reads as a
 * finished page without JavaScript (the first state's picture); the script makes it live,
 * opens it at the state the address asks for and adds the Previous/Next controls. Every
 * state's facts travel as data attributes, so the script never writes markup.
 */
export function embedPage(input: EmbedPageInput): string {
  const { definition, states, table, assets } = input;
  const first = states[0];
  if (!first) throw new Error(`the graphic "${definition.name}" has no state to embed`);
  const words = input.words ?? enPage;
  const w: StepWriting = { root: input.root ?? "../", words };
  const title = definition.title(chartEdition(words.lang));
  const page = pageShell({
    ...(words === enPage ? {} : { language: { lang: words.lang, dir: words.dir } }),
    title: words.kit.embedTitle(title, input.headline),
    description: first.picture.description,
    head: [
      input.alternates,
      iconLink(assets.icon),
      html`<style>${raw(embedThemeCss())}</style>`,
      html`<script src="${assets.themeScript}"></script>`,
      ...stylesheets(assets.styles),
      moduleScript(assets.script),
    ],
    body: [
      html`<main class="embed" ${EMBED.write(definition.name)}>`,
      html`<h1 class="embed-title">${title}</h1>`,
      html`<p class="embed-problem" ${EMBED_PROBLEM.write()} hidden></p>`,
      html`<p class="embed-when"><time ${EMBED_WHEN.write()} datetime="${first.date}">${words.longDate(first.date)}</time><span class="embed-count" ${EMBED_COUNT.write()} hidden></span></p>`,
      html`<figure class="embed-figure" aria-labelledby="embed-description">`,
      html`<div class="embed-canvas" ${EMBED_CANVAS.write()}>${picture(first.picture, w.root)}</div>`,
      html`<figcaption class="embed-description"><span id="embed-description" ${EMBED_DESCRIPTION.write()}>${first.picture.description}</span>${states.map(sizer("states"))}${input.beats.map(sizer("beats"))}</figcaption>`,
      html`</figure>`,
      html`<p class="embed-steps" ${EMBED_STEPS.write()} hidden><button type="button" class="tool-button" ${STEP.write("prev")}>${words.previous}</button><button type="button" class="tool-button" ${STEP.write("next")}>${words.next}</button></p>`,
      html`<p class="visually-hidden" aria-live="polite" ${EMBED_ANNOUNCER.write()}></p>`,
      // The table is the build's own markup (renderTables).
      html`<details class="embed-data"><summary>${words.showData}</summary><p class="embed-data-title">${table.title}</p>${raw(table.body)}</details>`,
      html`<p class="embed-credit">${creditHtml({ organisation: input.organisation, headline: input.headline, address: input.story }, words)}</p>`,
      html`<ol hidden ${EMBED_STATES.write()}>${states.map(stateItem(w))}</ol>`,
      html`<ol hidden ${EMBED_BEATS.write()}>${input.beats.map(beatItem(w))}</ol>`,
      html`</main>`,
    ],
  });
  return `${page}\n`;
}
