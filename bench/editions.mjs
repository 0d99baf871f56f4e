// @ts-check
/**
 * The story's editions the bench measures, each beside the peer in the same run: the
 * English page at the build's root and the Arabic one under ar/ (#21). `id` names the page
 * in results.json (`ours` stays the English page's name, as in runs before the Arabic one).
 */

/** @typedef {{ id: string, lang: string, page: string }} Edition */

/** @type {Edition[]} */
export const EDITIONS = [
  { id: "ours", lang: "en", page: "index.html" },
  { id: "oursAr", lang: "ar", page: "ar/index.html" },
];

/**
 * The address of an edition's page on a server whose root is `root` (ending in "/").
 * @param {string} root
 * @param {Edition} edition
 */
export const editionUrl = (root, edition) =>
  new URL(edition.page.replace(/index\.html$/, ""), root).href;

/** An edition's language by its id ("ar" for `oursAr`); the id itself if none. @param {string} id */
export const editionLang = (id) => EDITIONS.find((e) => e.id === id)?.lang ?? id;

/** "ours (ar)", for labels; the peer stays "peer". @param {string} id */
export const editionLabel = (id) =>
  EDITIONS.some((e) => e.id === id) ? `ours (${editionLang(id)})` : id;
