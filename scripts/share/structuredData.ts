import { dateModified, type Story } from "../../src/content/story.ts";
import { SOURCE_LICENCE, SOURCE_TITLE, SOURCE_URL } from "../prerender/source.ts";
import { DEFAULT_ORGANISATION } from "./organisation.ts";

/** The type a structured-data block declares: data for crawlers, never run as script. */
export const JSON_LD_TYPE = "application/ld+json";

/**
 * The story as schema.org's NewsArticle, for search engines: what it is, when it was
 * published and last corrected, who is behind it and the article it is based on, under
 * that article's licence, by `by` (organisation.ts). `url` and `image` are absolute when
 * the build knows the public address (a relative image beside an absolute address is a
 * build's mistake, and stops it); without one the page has no address of its own to give.
 */
export function newsArticle(
  story: Pick<Story, "headline" | "standfirst" | "published" | "corrections">,
  addresses: { url: string | undefined; image: string },
  by: string = DEFAULT_ORGANISATION,
): Record<string, unknown> {
  if (addresses.url && !/^https?:\/\//.test(addresses.image))
    throw new Error(`the story's structured data has a relative image, ${addresses.image}`);
  const organisation = { "@type": "Organization", name: by };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.headline,
    description: story.standfirst,
    datePublished: story.published,
    dateModified: dateModified(story),
    inLanguage: "en",
    ...(addresses.url && { url: addresses.url, mainEntityOfPage: addresses.url }),
    image: addresses.image,
    author: organisation,
    publisher: organisation,
    isBasedOn: {
      "@type": "Article",
      name: SOURCE_TITLE,
      url: SOURCE_URL,
      license: SOURCE_LICENCE,
      isPartOf: { "@type": "WebSite", name: "Wikipedia" },
    },
  };
}

/**
 * The data as a `<script type="application/ld+json">` element. `<`, `>` and `&` are written
 * as JSON escapes, which read back as the same characters, so no text in the copy can
 * close the element (`</script`) or open a comment in it.
 */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `<script type="${JSON_LD_TYPE}">${json}</script>`;
}
