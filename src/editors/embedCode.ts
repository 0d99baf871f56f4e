import { PYM_PATH } from "../embed/embedStates.ts";
import { escapeAddress, escapeHtml } from "../escapeHtml.ts";
import { PYM_SRC, PYM_TITLE, PYM_TRACK_SCROLL } from "../pageContract.ts";

/**
 * The code an editor pastes into a CMS, for each kind of host. Pure: the build writes it
 * into the editors' page and the page's script writes it again with the editor's choices
 * and, when the build had no public address, the page's own. Every address is a path
 * inside dist/ made absolute with that address, or left relative when there is none.
 */

/** What the editor chooses for every snippet: the frame's theme and its paper. */
export interface Look {
  theme: "light" | "dark" | "auto";
  transparent: boolean;
}

export const DEFAULT_LOOK: Look = { theme: "light", transparent: false };

/** The column widths the plain iframe's height is given for, in px. */
export const COLUMN_WIDTHS = [375, 640, 800, 1000] as const;

/** A snippet as the page carries it (its `SNIPPET`), less the choices. */
export type SnippetSpec =
  | { kind: "pym"; path: string; title: string; trackScroll?: boolean }
  | {
      kind: "amp";
      path: string;
      title: string;
      height: number;
      placeholder: { src: string; alt: string };
    }
  | {
      kind: "iframe";
      path: string;
      title: string;
      /** What it needs at any width, and in a column of each of COLUMN_WIDTHS. */
      height: number;
      columns: Record<string, number>;
    };

/**
 * The choices that change a snippet: the look, the public address, the column (px), and
 * the height of the host's sticky header (px), which the whole story keeps below.
 */
export interface SnippetChoices {
  look: Look;
  base: string | undefined;
  column?: number | undefined;
  headerTop?: number | undefined;
}

const text = escapeHtml;
const address = escapeAddress;

export const addressOf = (path: string, base: string | undefined) =>
  base ? new URL(path, base).href : path;

/** The path with more query parameters. */
export const withParams = (path: string, params: readonly string[]) =>
  params.length === 0 ? path : `${path}${path.includes("?") ? "&" : "?"}${params.join("&")}`;

/** The settings a look adds to an embed's address. */
export function lookParams(look: Look): string[] {
  return [`theme=${look.theme}`, ...(look.transparent ? ["background=transparent"] : [])];
}

/** An embed's address with the choices made. */
export const embedAddress = (path: string, choices: SnippetChoices, extra: string[] = []) =>
  addressOf(withParams(path, [...lookParams(choices.look), ...extra]), choices.base);

/** What a story that follows the host's scroll is told of the host's sticky header. */
export const headerParams = (choices: SnippetChoices) =>
  choices.headerTop ? [`top=${choices.headerTop}`] : [];

/**
 * pym.js, started from data attributes by our own copy of its parent script (no inline
 * script on the host, and nothing from a third party): the frame follows its content as
 * the column's width changes and as the reader steps through states.
 */
function pymCode(spec: Extract<SnippetSpec, { kind: "pym" }>, choices: SnippetChoices): string {
  const track = spec.trackScroll ? ` ${PYM_TRACK_SCROLL.name}` : "";
  const src = embedAddress(spec.path, choices, spec.trackScroll ? headerParams(choices) : []);
  return [
    `<div ${PYM_SRC.name}="${address(src)}" ${PYM_TITLE.name}="${text(spec.title)}"${track}></div>`,
    `<script src="${address(addressOf(PYM_PATH, choices.base))}"></script>`,
  ].join("\n");
}

/**
 * AMP's amp-iframe: resizable, so the embed's size message takes it to its content's
 * height; a starting height, the overflow button AMP shows when it may not resize without
 * the reader's say, and the state's picture as the placeholder while the frame loads,
 * fitted whole into the frame (`layout="fill"` alone would stretch it to the frame's shape).
 * Top navigation (by a click only) lets the credit's links open in the reader's window.
 */
function ampCode(spec: Extract<SnippetSpec, { kind: "amp" }>, choices: SnippetChoices): string {
  return [
    `<amp-iframe src="${address(embedAddress(spec.path, choices))}"`,
    `    title="${text(spec.title)}"`,
    `    layout="fixed-height" height="${spec.height}" resizable`,
    '    sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation">',
    `  <amp-img placeholder layout="fill" object-fit="contain" src="${address(addressOf(spec.placeholder.src, choices.base))}" alt="${text(spec.placeholder.alt)}"></amp-img>`,
    '  <button overflow type="button">Show all</button>',
    "</amp-iframe>",
  ].join("\n");
}

/** The plain iframe's height: for the column chosen, else what it needs at any width. */
export const iframeHeight = (
  spec: Extract<SnippetSpec, { kind: "iframe" }>,
  column: number | undefined,
) => (column === undefined ? spec.height : (spec.columns[String(column)] ?? spec.height));

/**
 * A plain iframe for a CMS that strips scripts: it cannot follow its content, so it is
 * fixed at one state (`steps=0`) and at the height that state needs in the column chosen
 * (or at any width).
 */
function iframeCode(
  spec: Extract<SnippetSpec, { kind: "iframe" }>,
  choices: SnippetChoices,
): string {
  return [
    `<iframe src="${address(embedAddress(spec.path, choices, ["steps=0"]))}"`,
    `    title="${text(spec.title)}"`,
    `    width="100%" height="${iframeHeight(spec, choices.column)}" style="border:0" loading="lazy"></iframe>`,
  ].join("\n");
}

/** A snippet's code, with the choices made. */
export function snippetCode(spec: SnippetSpec, choices: SnippetChoices): string {
  if (spec.kind === "pym") return pymCode(spec, choices);
  if (spec.kind === "amp") return ampCode(spec, choices);
  return iframeCode(spec, choices);
}
