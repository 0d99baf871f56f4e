import { type HtmlValue, html, lines } from "../prerender/html.ts";

/** What a page built from scratch (an embed, the editors' page, a share card page) says. */
export interface PageShell {
  /** The root's attributes after its language: `class="list-view"`, the page's contract. */
  root?: HtmlValue;
  title: string;
  description: string;
  /** Whether the page follows the reader's light or dark setting. */
  colorScheme?: boolean;
  /** The rest of `<head>`: icons, styles, scripts (addresses only: no inline script). */
  head: readonly HtmlValue[];
  body: readonly HtmlValue[];
}

/**
 * Every page the build writes whole shares one shell: the doctype, the root in British
 * English, the character set, the viewport, the title and the description, in that order.
 */
export function pageShell(page: PageShell) {
  return lines([
    html`<!doctype html>`,
    html`<html lang="en-GB"${page.root}>`,
    html`<head>`,
    html`<meta charset="utf-8">`,
    html`<meta name="viewport" content="width=device-width, initial-scale=1">`,
    page.colorScheme && html`<meta name="color-scheme" content="light dark">`,
    html`<title>${page.title}</title>`,
    html`<meta name="description" content="${page.description}">`,
    ...page.head,
    html`</head>`,
    html`<body>`,
    ...page.body,
    html`</body>`,
    html`</html>`,
  ]);
}

/** The stylesheets and the module script of a page, as addresses from the page. */
export const stylesheets = (hrefs: readonly string[]) =>
  hrefs.map((href) => html`<link rel="stylesheet" href="${href}">`);
export const moduleScript = (src: string) => html`<script type="module" src="${src}"></script>`;
export const iconLink = (href: string) =>
  html`<link rel="icon" href="${href}" type="image/svg+xml">`;
