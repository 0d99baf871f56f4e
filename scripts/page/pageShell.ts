import { type HtmlValue, html, lines } from "../prerender/html.ts";

/** What every page says of itself at the top of its `<head>`. */
export interface PageHead {
  title: string;
  description: string;
  /** Whether the page follows the reader's light or dark setting. */
  colorScheme?: boolean;
}

/** A page's language and direction, when it is not the shell's British English. */
export interface PageLanguageTag {
  lang: string;
  dir: "ltr" | "rtl";
}

/** What a page the build writes says. */
export interface PageShell extends PageHead {
  /** The root's language and direction; British English, left to right, by default. */
  language?: PageLanguageTag;
  /** The root's attributes after its language: `class="list-view"`, the page's contract. */
  root?: HtmlValue;
  /** The rest of `<head>`: icons, styles, scripts (addresses only: no inline script). */
  head: readonly HtmlValue[];
  body: readonly HtmlValue[];
}

/** The root's language, which every page shares. */
export const PAGE_LANGUAGE = "en-GB";

/**
 * The head's opening, the same on every page: the character set, the viewport, the colour
 * scheme where the page follows the reader's, the title and the description, in that order.
 * A tag every page needs (a policy, a preload, an alternate language) goes here, once.
 */
export function headStart(page: PageHead) {
  return lines([
    html`<meta charset="utf-8">`,
    html`<meta name="viewport" content="width=device-width, initial-scale=1">`,
    page.colorScheme && html`<meta name="color-scheme" content="light dark">`,
    html`<title>${page.title}</title>`,
    html`<meta name="description" content="${page.description}">`,
  ]);
}

/**
 * The document round a head and a body: the doctype and the root in its language (British
 * English unless the page says otherwise; a direction only where it is right to left).
 */
export function pageDocument(page: Pick<PageShell, "root" | "head" | "body" | "language">) {
  const lang = page.language?.lang ?? PAGE_LANGUAGE;
  const rtl = page.language?.dir === "rtl";
  return lines([
    html`<!doctype html>`,
    html`<html lang="${lang}"${rtl && html` dir="rtl"`}${page.root}>`,
    html`<head>`,
    ...page.head,
    html`</head>`,
    html`<body>`,
    ...page.body,
    html`</body>`,
    html`</html>`,
  ]);
}

/**
 * Every page the build writes shares one shell (the story and list pages too, round what
 * Vite makes of index.html: `storyPagePlugin.ts`): the document, then the head's opening.
 */
export function pageShell(page: PageShell) {
  return pageDocument({
    root: page.root,
    language: page.language,
    head: [headStart(page), ...page.head],
    body: page.body,
  });
}

/** The stylesheets and the module script of a page, as addresses from the page. */
export const stylesheets = (hrefs: readonly string[]) =>
  hrefs.map((href) => html`<link rel="stylesheet" href="${href}">`);
export const moduleScript = (src: string) => html`<script type="module" src="${src}"></script>`;
export const iconLink = (href: string) =>
  html`<link rel="icon" href="${href}" type="image/svg+xml">`;
