import { PAGE_LANGUAGE } from "./pageShell.ts";

/** A whole page read back into what `pageDocument` writes it from. */
export interface PageParts {
  /** The root's attributes after its language (`""`, or ` class="list-view"`). */
  root: string;
  /** What is inside `<head>` and inside `<body>`, trimmed. */
  head: string;
  body: string;
}

/** The one `open … close` element's inside in `page`; any other count is a broken page. */
function inside(page: string, open: string, close: string, what: string): string {
  const count = (tag: string) => page.split(tag).length - 1;
  if (count(open) !== 1 || count(close) !== 1)
    throw new Error(
      `${what} has ${count(open)} ${open} and ${count(close)} ${close}, expected one`,
    );
  return page.slice(page.indexOf(open) + open.length, page.indexOf(close)).trim();
}

/**
 * A page (index.html as Vite leaves it, or a page the shell wrote) taken apart, so the shell
 * can write it whole again: `pageDocument(parts)` gives back a page the shell wrote. The
 * root must be in the shell's language, which the shell writes itself.
 */
export function pageParts(page: string, what: string): PageParts {
  const roots = [...page.matchAll(/<html\b([^>]*)>/g)];
  const root = roots.length === 1 ? (roots[0]?.[1] ?? "") : undefined;
  const lang = ` lang="${PAGE_LANGUAGE}"`;
  if (root === undefined || !root.startsWith(lang))
    throw new Error(`${what} needs one <html${lang}>`);
  return {
    root: root.slice(lang.length),
    head: inside(page, "<head>", "</head>", what),
    body: inside(page, "<body>", "</body>", what),
  };
}
