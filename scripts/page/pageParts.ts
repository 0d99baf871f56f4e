import { PAGE_WORDS } from "../../src/locale/page/index.ts";
import { PAGE_LANGUAGE, type PageLanguageTag } from "./pageShell.ts";

/** The languages a page of ours is written in: the editions' (src/locale/page). */
const LANGUAGES: ReadonlySet<string> = new Set(Object.values(PAGE_WORDS).map((w) => w.lang));

/** A whole page read back into what `pageDocument` writes it from. */
export interface PageParts {
  /** The root's attributes after its language (`""`, or ` class="list-view"`). */
  root: string;
  /** What is inside `<head>` and inside `<body>`, trimmed. */
  head: string;
  body: string;
  /** The root's language and direction, where it is not the shell's British English. */
  language?: PageLanguageTag;
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
 * root must start with its language (and a direction, right to left), which the shell
 * writes itself.
 */
export function pageParts(page: string, what: string): PageParts {
  const roots = [...page.matchAll(/<html\b([^>]*)>/g)];
  const root = roots.length === 1 ? (roots[0]?.[1] ?? "") : undefined;
  const tag = root === undefined ? null : /^ lang="([a-zA-Z-]+)"( dir="rtl")?/.exec(root);
  if (!root || !tag || !LANGUAGES.has(tag[1] ?? ""))
    throw new Error(`${what} needs one <html lang="${PAGE_LANGUAGE}">`);
  const [start, lang = PAGE_LANGUAGE, rtl] = tag;
  const own = lang !== PAGE_LANGUAGE || rtl;
  return {
    ...(own ? { language: { lang, dir: rtl ? "rtl" : "ltr" } } : {}),
    root: root.slice(start.length),
    head: inside(page, "<head>", "</head>", what),
    body: inside(page, "<body>", "</body>", what),
  };
}
