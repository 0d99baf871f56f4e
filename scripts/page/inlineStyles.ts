/**
 * The story's stylesheets, written into the page instead of linked. A linked stylesheet
 * holds the first paint until a second request comes back; on a phone's connection that
 * round trip was most of the time to the largest paint (measured with `npm run bench`).
 * The CSS is small (about 3 kB gzipped), and the policy allows inline styles. The files
 * stay in assets/ for the pages that link them (the embeds).
 */

/** `<link rel="stylesheet" href="./assets/x.css">` as Vite writes it, in any attribute order. */
const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="\.?\/?(assets\/[^"]+\.css)"/;

/**
 * A `url(…)` in a stylesheet under assets/ is relative to assets/; in the page it must say so.
 * Absolute URLs, data: URLs and fragments are left alone.
 */
export function rebaseUrls(css: string, folder: string): string {
  return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, quote: string, url: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return whole;
    const path = url.replace(/^\.\//, "");
    return `url(${quote}./${folder}/${path}${quote})`;
  });
}

/**
 * Every stylesheet link in `html` replaced by a `<style>` holding the file, in the same
 * order. `read` gives a built file's text; a link to a file the build does not have is an
 * error (the page would lose its styles).
 */
export function inlineStyles(html: string, read: (path: string) => string | undefined): string {
  return html.replace(STYLESHEET_LINK, (link) => {
    const path = HREF.exec(link)?.[1];
    if (!path) throw new Error(`a stylesheet link the build cannot inline: ${link}`);
    const css = read(path);
    if (css === undefined) throw new Error(`the page links ${path}, which the build did not write`);
    const folder = path.slice(0, path.lastIndexOf("/"));
    // "</style" inside the CSS would end the element early.
    if (/<\/style/i.test(css)) throw new Error(`${path} contains "</style"`);
    return `<style>${rebaseUrls(css, folder)}</style>`;
  });
}
