// @ts-check
/**
 * Font bytes before first paint: which faces a page fetches before it first paints its
 * content, and how many bytes they are. Read in the page from Resource Timing and the paint
 * entries, after the scroll (entries keep their times): a font counts as "before" when its
 * request started before the first contentful paint (Chromium's `first-paint` comes earlier,
 * with the page's background alone, before any font is asked for; it is kept for reference). The faces are named by their files (`@fontsource` names each file
 * for its family, subset, weight and style).
 */

/**
 * @typedef {{ file: string, bytes: number, startMs: number, endMs: number }} FontFetch
 * @typedef {{ firstPaintMs: number | null, firstContentfulPaintMs: number | null, fonts: FontFetch[] }} FontTimings
 */

/**
 * Runs in the page.
 * @returns {FontTimings}
 */
export function fontTimingsInPage() {
  /** @param {string} name */
  const paint = (name) => {
    const entry = performance.getEntriesByName(name)[0];
    return entry ? Math.round(entry.startTime) : null;
  };
  const fonts = /** @type {PerformanceResourceTiming[]} */ (
    performance.getEntriesByType("resource")
  )
    .filter((e) => /\.(woff2?|ttf|otf)(?:[?#]|$)/i.test(e.name))
    .map((e) => ({
      file: new URL(e.name).pathname.split("/").pop() ?? e.name,
      // Bytes as sent (fonts are already compressed); 0 only from a cache, and each
      // scroll opens a fresh browser context.
      bytes: e.encodedBodySize || e.transferSize,
      startMs: Math.round(e.startTime),
      endMs: Math.round(e.responseEnd),
    }));
  return {
    firstPaintMs: paint("first-paint"),
    firstContentfulPaintMs: paint("first-contentful-paint"),
    fonts,
  };
}

/**
 * The face a file holds, without its content hash: "noto-naskh-arabic-arabic-400-normal".
 * @param {string} file
 */
export const faceOf = (file) => file.replace(/-[\w-]{8}(?=\.\w+$)/, "").replace(/\.\w+$/, "");

/**
 * @param {FontTimings} timings
 */
export function fontFigures({ firstPaintMs, firstContentfulPaintMs, fonts }) {
  const paintAt = firstContentfulPaintMs ?? firstPaintMs ?? Number.POSITIVE_INFINITY;
  const before = fonts.filter((f) => f.startMs < paintAt);
  /** @param {FontFetch[]} list */
  const sum = (list) => list.reduce((total, f) => total + f.bytes, 0);
  return {
    firstPaintMs,
    firstContentfulPaintMs,
    /** Bytes of the font files requested before the first contentful paint. */
    bytesBeforeFirstPaint: sum(before),
    facesBeforeFirstPaint: before.map((f) => faceOf(f.file)),
    /** Every font file fetched from navigation to the end of the scroll. */
    bytesAll: sum(fonts),
    files: fonts,
  };
}
