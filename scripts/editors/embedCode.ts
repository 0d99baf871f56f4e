import { PYM_PATH } from "../embed/embedKit.ts";
import { esc } from "../prerender/html.ts";

/**
 * The code an editor pastes into a CMS, for each kind of host. Every address is a path
 * inside dist/ made absolute with the public address, or left relative to the story's
 * folder when the build was not given one (the editors' page says so).
 */
export interface EmbedCodeInput {
  /** The embed's path inside dist/, with its query (`embed/control.html?state=old-city`). */
  path: string;
  /** The frame's title: what a screen reader announces for it. */
  title: string;
  /** The public address, or undefined. */
  base: string | undefined;
}

export const addressOf = (path: string, base: string | undefined) =>
  base ? new URL(path, base).href : path;

/** The path with one more query parameter. */
const withParam = (path: string, param: string) =>
  `${path}${path.includes("?") ? "&" : "?"}${param}`;

/**
 * pym.js, started from data attributes by our own copy of its parent script (no inline
 * script on the host, and nothing from a third party): the frame follows its content as
 * the column's width changes and as the reader steps through states.
 */
export function pymCode(input: EmbedCodeInput, options: { trackScroll?: boolean } = {}): string {
  const src = addressOf(input.path, input.base);
  const track = options.trackScroll ? " data-pym-trackscroll" : "";
  return [
    `<div data-pym-src="${esc(src)}" data-pym-title="${esc(input.title)}"${track}></div>`,
    `<script src="${esc(addressOf(PYM_PATH, input.base))}"></script>`,
  ].join("\n");
}

/**
 * AMP's amp-iframe: resizable, so the embed's size message takes it to its content's
 * height; a starting height, the overflow button AMP shows when it may not resize without
 * the reader's say, and the state's picture as the placeholder while the frame loads.
 * Top navigation (by a click only) lets the credit's links open in the reader's window.
 */
export function ampCode(
  input: EmbedCodeInput & { height: number; placeholder: { src: string; alt: string } },
): string {
  return [
    `<amp-iframe src="${esc(addressOf(input.path, input.base))}"`,
    `    title="${esc(input.title)}"`,
    `    layout="fixed-height" height="${input.height}" resizable`,
    '    sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation">',
    `  <amp-img placeholder layout="fill" src="${esc(addressOf(input.placeholder.src, input.base))}" alt="${esc(input.placeholder.alt)}"></amp-img>`,
    '  <button overflow type="button">Show all</button>',
    "</amp-iframe>",
  ].join("\n");
}

/**
 * A plain iframe for a CMS that strips scripts: it cannot follow its content, so it is
 * fixed at one state (`steps=0`) and at the height that state needs at its tallest.
 */
export function iframeCode(input: EmbedCodeInput & { height: number }): string {
  return [
    `<iframe src="${esc(addressOf(withParam(input.path, "steps=0"), input.base))}"`,
    `    title="${esc(input.title)}"`,
    `    width="100%" height="${input.height}" style="border:0" loading="lazy"></iframe>`,
  ].join("\n");
}
