import type { GraphicDefinition } from "../../src/charts/types.ts";
import { longDate } from "../../src/dates.ts";
import type { EmbedState } from "../../src/embed/embedStates.ts";
import {
  DATE,
  DESCRIPTION,
  EMBED,
  EMBED_ANNOUNCER,
  EMBED_CANVAS,
  EMBED_COUNT,
  EMBED_DESCRIPTION,
  EMBED_PROBLEM,
  EMBED_SIZER,
  EMBED_STATES,
  EMBED_STEPS,
  EMBED_WHEN,
  HIGHLIGHT,
  NAME,
  NARROW,
  STATE,
  STEP,
  WHEN,
  WIDE,
} from "../../src/pageContract.ts";
import { darkInk, ink } from "../../src/styles/tokens.ts";
import { esc, html } from "../prerender/html.ts";
import { SOURCE_LICENCE, SOURCE_TITLE } from "../prerender/source.ts";
import { STATIC_SIZES, type StaticGraphic } from "../prerender/staticGraphics.ts";
import { themeCss } from "./themeScript.ts";

/** What the build hands one embed page: its graphic, its states and their pictures. */
export interface EmbedPageInput {
  definition: GraphicDefinition;
  states: readonly (EmbedState & { picture: StaticGraphic })[];
  /** The graphic's data table (trusted markup: the build wrote it). */
  table: { title: string; body: string };
  headline: string;
  /** The story's address as this page writes it. */
  story: string;
  /** The page's own code and styles, as addresses from this page. */
  assets: { script: string; themeScript: string; icon: string; styles: readonly string[] };
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
function picture(g: StaticGraphic): string {
  return `<picture><source media="(min-width: 560px)" srcset="../${esc(drawing(g, "wide"))}"><img src="../${esc(drawing(g, "narrow"))}" alt="${esc(g.name)}" decoding="async"></picture>`;
}

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
  const stateItem = (s: (typeof states)[number]) =>
    `<li ${STATE.write(s.state)} ${DATE.write(s.date)} ${HIGHLIGHT.write(s.highlight.join("|"))} ${WHEN.write(longDate(s.date))} ${NAME.write(s.picture.name)} ${DESCRIPTION.write(s.picture.description)} ${NARROW.write(`../${drawing(s.picture, "narrow")}`)} ${WIDE.write(`../${drawing(s.picture, "wide")}`)}></li>`;
  // Every state's description, unseen, in the caption's one grid cell: the caption is as
  // tall as the longest, so stepping never moves what follows (nor the host's page).
  const sizer = (s: (typeof states)[number]) =>
    `<span class="embed-description-sizer" aria-hidden="true" ${EMBED_SIZER.write()}>${esc(s.picture.description)}</span>`;
  return `${html([
    "<!doctype html>",
    '<html lang="en-GB">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(definition.title)}: ${esc(input.headline)}</title>`,
    `<meta name="description" content="${esc(first.picture.description)}">`,
    `<link rel="icon" href="${esc(assets.icon)}" type="image/svg+xml">`,
    `<style>${embedThemeCss()}</style>`,
    `<script src="${esc(assets.themeScript)}"></script>`,
    ...assets.styles.map((href) => `<link rel="stylesheet" href="${esc(href)}">`),
    `<script type="module" src="${esc(assets.script)}"></script>`,
    "</head>",
    "<body>",
    `<main class="embed" ${EMBED.write(definition.name)}>`,
    `<h1 class="embed-title">${esc(definition.title)}</h1>`,
    `<p class="embed-problem" ${EMBED_PROBLEM.write()} hidden></p>`,
    `<p class="embed-when"><time ${EMBED_WHEN.write()} datetime="${esc(first.date)}">${esc(longDate(first.date))}</time><span class="embed-count" ${EMBED_COUNT.write()} hidden></span></p>`,
    `<figure class="embed-figure" aria-labelledby="embed-description">`,
    `<div class="embed-canvas" ${EMBED_CANVAS.write()}>${picture(first.picture)}</div>`,
    `<figcaption class="embed-description"><span id="embed-description" ${EMBED_DESCRIPTION.write()}>${esc(first.picture.description)}</span>${states.map(sizer).join("")}</figcaption>`,
    "</figure>",
    `<p class="embed-steps" ${EMBED_STEPS.write()} hidden><button type="button" class="tool-button" ${STEP.write("prev")}>Previous</button><button type="button" class="tool-button" ${STEP.write("next")}>Next</button></p>`,
    `<p class="visually-hidden" aria-live="polite" ${EMBED_ANNOUNCER.write()}></p>`,
    `<details class="embed-data"><summary>Show the data</summary><p class="embed-data-title">${esc(table.title)}</p>${table.body}</details>`,
    `<p class="embed-credit">Source: Wikipedia, ‘${esc(SOURCE_TITLE)}’, <a href="${SOURCE_LICENCE}" rel="license" target="_top">CC BY-SA 4.0</a>; data and story: <a href="${esc(input.story)}" target="_top">${esc(input.headline)}</a></p>`,
    `<ol hidden ${EMBED_STATES.write()}>${states.map(stateItem).join("")}</ol>`,
    "</main>",
    "</body>",
    "</html>",
  ])}\n`;
}
