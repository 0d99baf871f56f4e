import { createHash } from "node:crypto";

/**
 * What the page must know before its first paint: that script runs (the `js` class turns
 * the beats into a scrolling story around one sticky graphic) and whether the reader asked
 * for `?view=list`. Served as a file of its own, not inline, so the page runs under a
 * policy of `script-src 'self'`; a classic script in `<head>` blocks the first paint, which
 * is the point: the layout is right from the first frame.
 */
const SOURCE =
  'document.documentElement.classList.add("js");' +
  'if(/[?&]view=list\\b/.test(location.search))document.documentElement.classList.add("list-view");\n';

/** The script's file (named by content, so it can be cached for good) and its tag. */
export function headScript() {
  const hash = createHash("sha256").update(SOURCE).digest("hex").slice(0, 10);
  const path = `assets/page-class-${hash}.js`;
  return { path, source: SOURCE, tag: `<script src="./${path}"></script>` };
}
