import { CARD_SIZE } from "../pictures/card.ts";
import { esc, html } from "../prerender/html.ts";

export interface ShareTags {
  title: string;
  description: string;
  /** The card image, as the page must address it. */
  image: string;
  imageAlt: string;
  /** The page's own address: a canonical link, and og:url when it is absolute. */
  url: string | undefined;
}

/** Open Graph and Twitter tags: what a link preview shows. */
export function shareTags(tags: ShareTags): string {
  return html([
    tags.url && `<link rel="canonical" href="${esc(tags.url)}">`,
    '<meta property="og:type" content="article">',
    tags.url && /^https?:/.test(tags.url) && `<meta property="og:url" content="${esc(tags.url)}">`,
    `<meta property="og:title" content="${esc(tags.title)}">`,
    `<meta property="og:description" content="${esc(tags.description)}">`,
    `<meta property="og:image" content="${esc(tags.image)}">`,
    '<meta property="og:image:type" content="image/png">',
    `<meta property="og:image:width" content="${CARD_SIZE.width}">`,
    `<meta property="og:image:height" content="${CARD_SIZE.height}">`,
    `<meta property="og:image:alt" content="${esc(tags.imageAlt)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
  ]);
}

/** The icon, in the sizes browsers and home screens ask for (paths from the story's folder). */
export const ICON_SIZES = [32, 180, 192] as const;
export const iconPath = (size: number | "svg") =>
  size === "svg" ? "icons/icon.svg" : `icons/icon-${size}.png`;

/** Icon links for a page `prefix` away from the story's folder ("" or "../"). */
export function iconLinks(prefix: string): string {
  return html([
    `<link rel="icon" href="${prefix}${iconPath("svg")}" type="image/svg+xml">`,
    `<link rel="icon" href="${prefix}${iconPath(32)}" sizes="32x32" type="image/png">`,
    `<link rel="apple-touch-icon" href="${prefix}${iconPath(180)}">`,
  ]);
}
