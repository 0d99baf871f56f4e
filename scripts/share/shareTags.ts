import { CARD_SIZE } from "../pictures/card.ts";
import { html, lines, type SafeHtml } from "../prerender/html.ts";

export interface ShareTags {
  title: string;
  description: string;
  /** The card image, as the page must address it. */
  image: string;
  imageAlt: string;
  /** The page's own address: a canonical link, and og:url when it is absolute. */
  url: string | undefined;
  /** Who publishes the story (organisation.ts), as a preview names the site. */
  siteName: string;
}

/** Open Graph and Twitter tags: what a link preview shows. */
export function shareTags(tags: ShareTags): SafeHtml {
  return lines([
    tags.url && html`<link rel="canonical" href="${tags.url}">`,
    html`<meta property="og:type" content="article">`,
    html`<meta property="og:site_name" content="${tags.siteName}">`,
    tags.url && /^https?:/.test(tags.url) && html`<meta property="og:url" content="${tags.url}">`,
    html`<meta property="og:title" content="${tags.title}">`,
    html`<meta property="og:description" content="${tags.description}">`,
    html`<meta property="og:image" content="${tags.image}">`,
    html`<meta property="og:image:type" content="image/png">`,
    html`<meta property="og:image:width" content="${CARD_SIZE.width}">`,
    html`<meta property="og:image:height" content="${CARD_SIZE.height}">`,
    html`<meta property="og:image:alt" content="${tags.imageAlt}">`,
    html`<meta name="twitter:card" content="summary_large_image">`,
  ]);
}

/** The icon, in the sizes browsers and home screens ask for (paths from the story's folder). */
export const ICON_SIZES = [32, 180, 192] as const;
export const iconPath = (size: number | "svg") =>
  size === "svg" ? "icons/icon.svg" : `icons/icon-${size}.png`;

/** Icon links for a page `prefix` away from the story's folder ("" or "../"). */
export function iconLinks(prefix: string): SafeHtml {
  return lines([
    html`<link rel="icon" href="${prefix}${iconPath("svg")}" type="image/svg+xml">`,
    html`<link rel="icon" href="${prefix}${iconPath(32)}" sizes="32x32" type="image/png">`,
    html`<link rel="apple-touch-icon" href="${prefix}${iconPath(180)}">`,
  ]);
}
