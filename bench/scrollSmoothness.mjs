// @ts-check
/**
 * Scroll smoothness, the way a reader meets it: the CPU is slowed from the start, the page
 * loads, and 2 s after its `load` event the scroll runs top to bottom at a fixed speed. Every
 * long task from navigation to the end of the scroll counts (the chart code's loading and
 * first drawing among them); frames are timed during the scroll.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { BROWSER_FLAGS, CHROMIUM } from "./browser.mjs";
import { fontFigures, fontTimingsInPage } from "./fontBytes.mjs";
import { longTaskBreakdown, SCROLL_MARKS, TRACE_CATEGORIES } from "./longTaskTrace.mjs";

/** @typedef {import("@playwright/test").Browser} Browser */
/** @typedef {import("@playwright/test").BrowserContextOptions} ContextOptions */

/** @type {Record<string, ContextOptions>} */
export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  },
};

export const SCROLL_PX_PER_S = 1500;
/** The CPU slowdowns each page is scrolled at: a mid-range phone, and a very slow one. */
export const CPU_SLOWDOWNS = [4, 20];
export const LONG_TASK_MS = 50;
export const SLOW_FRAME_MS = 20;
/** How long after `load` a reader starts scrolling. */
export const SCROLL_AFTER_LOAD_MS = 2000;

/**
 * @typedef {{ startMs: number, durationMs: number, name: string, attribution: string[] }} LongTask
 * @typedef {{
 *   largestPaint: { ms: number, element: string } | null,
 *   frameIntervals: number[], longTasks: LongTask[], scrollStartMs: number,
 *   loadEventEndMs: number, durationMs: number, distancePx: number, documentHeightPx: number
 * }} ScrollTrace
 */

/**
 * Runs in the page: records long tasks and frame intervals while a rAF loop scrolls from top
 * to bottom by elapsed time, so the speed holds whatever the frame rate.
 * @param {{ pxPerS: number, afterLoadMs: number, marks: { start: string, end: string } }} options
 * @returns {Promise<ScrollTrace>}
 */
function scrollInPage({ pxPerS, afterLoadMs, marks }) {
  /** @param {number} y */
  const scrollTo = (y) => window.scrollTo({ top: y, left: 0, behavior: "instant" });
  /** @param {number} ms */
  const wait = (ms) => new Promise((done) => setTimeout(done, ms));
  const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

  return (async () => {
    const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (
      performance.getEntriesByType("navigation")
    );
    const loadedAt = navigation?.loadEventEnd || performance.now();
    await wait(Math.max(0, loadedAt + afterLoadMs - performance.now()));
    await nextFrame();

    const documentHeightPx = document.documentElement.scrollHeight;
    const distancePx = Math.max(0, documentHeightPx - window.innerHeight);
    /** @type {number[]} */
    const frameIntervals = [];

    performance.mark(marks.start);
    const { start, end } = await new Promise((done) => {
      /** @type {number} */
      let start;
      /** @type {number} */
      let last;
      /** @param {number} now */
      const frame = (now) => {
        if (start === undefined) start = now;
        else frameIntervals.push(now - last);
        last = now;
        const y = Math.min(distancePx, ((now - start) * pxPerS) / 1000);
        scrollTo(y);
        if (y < distancePx) requestAnimationFrame(frame);
        else done({ start, end: now });
      };
      requestAnimationFrame(frame);
    });

    // Let the last frame's work land before reading the long tasks.
    await nextFrame();
    await wait(250);
    performance.mark(marks.end);
    const bench = /** @type {any} */ (window).__bench;
    bench.record(bench.observer.takeRecords());
    return {
      largestPaint: bench.largestPaint(),
      frameIntervals,
      longTasks: /** @type {LongTask[]} */ (bench.longTasks).filter((t) => t.startMs < end),
      scrollStartMs: start,
      loadEventEndMs: loadedAt,
      durationMs: end - start,
      distancePx,
      documentHeightPx,
    };
  })();
}

/** Runs in the page before any of its own script: records every long task from navigation. */
function watchLongTasks() {
  /** @type {LongTask[]} */
  const longTasks = [];
  /** @param {PerformanceEntryList} entries */
  const record = (entries) => {
    for (const entry of entries) {
      const attribution = /** @type {any} */ (entry).attribution ?? [];
      longTasks.push({
        startMs: entry.startTime,
        durationMs: entry.duration,
        name: entry.name,
        attribution: attribution.map(
          /** @param {any} a */ (a) =>
            [a.containerType, a.containerName, a.containerSrc].filter(Boolean).join(" ") || a.name,
        ),
      });
    }
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: "longtask", buffered: true });
  // The largest contentful paint and what it was (Lighthouse 12's own audit of the element
  // fails on this Chromium's traces).
  /** @type {{ ms: number, element: string } | null} */
  let largestPaint = null;
  new PerformanceObserver((list) => {
    for (const entry of /** @type {any[]} */ (list.getEntries())) {
      const el = /** @type {Element | null} */ (entry.element);
      const classes = el && typeof el.className === "string" ? el.className.trim() : "";
      const what = el
        ? `<${el.tagName.toLowerCase()}${classes ? ` class="${classes}"` : ""}> ${
            entry.url
              ? entry.url.split("/").pop()
              : `"${(el.textContent ?? "").trim().slice(0, 40)}…"`
          }`
        : "(removed)";
      largestPaint = { ms: Math.round(entry.startTime), element: `${what}, ${entry.size} px²` };
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
  /** @type {any} */ (window).__bench = {
    longTasks,
    record,
    observer,
    largestPaint: () => largestPaint,
  };
}

/**
 * Opens the page on a slowed CPU and scrolls it as a reader would.
 * @param {Browser} browser
 * @param {string} url
 * @param {ContextOptions} contextOptions
 * @param {{ cpuSlowdown: number, tracing: boolean }} options with `tracing`, record a
 *   performance trace and break the long tasks down; tracing slows the page, so a traced
 *   scroll is for diagnosis, not for the figures
 */
async function scrollOnce(browser, url, contextOptions, { cpuSlowdown, tracing }) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.addInitScript(watchLongTasks);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    if (tracing) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: "load" });
    const scroll = await page.evaluate(scrollInPage, {
      pxPerS: SCROLL_PX_PER_S,
      afterLoadMs: SCROLL_AFTER_LOAD_MS,
      marks: SCROLL_MARKS,
    });
    const breakdown = tracing ? longTaskBreakdown(await browser.stopTracing(), LONG_TASK_MS) : null;
    const fonts = fontFigures(await page.evaluate(fontTimingsInPage));
    // Our story says which beat is active and whether its charts loaded; a peer page does not.
    const story = await page.evaluate(() => {
      const graphic = document.querySelector("[data-graphic]");
      return graphic
        ? {
            beatActive: Boolean(document.documentElement.dataset.activeBeat),
            chartsLive: graphic.getAttribute("data-graphic-live") === "true",
          }
        : null;
    });
    return { story, scroll, breakdown, fonts };
  } finally {
    await context.close();
  }
}

/** @param {number} n */
const round = (n) => Math.round(n * 10) / 10;

/** @param {ScrollTrace} scroll */
function figures(scroll) {
  const frames = scroll.frameIntervals;
  const sorted = [...frames].sort((a, b) => a - b);
  const slowFrames = frames.filter((ms) => ms > SLOW_FRAME_MS).length;
  const during = scroll.longTasks.filter((t) => t.startMs + t.durationMs > scroll.scrollStartMs);
  return {
    /** The largest contentful paint before the scroll (slowed CPU, unthrottled network). */
    largestPaint: scroll.largestPaint,
    /** Every long task from navigation to the end of the scroll. */
    longTasks: scroll.longTasks.length,
    longTasksDuringScroll: during.length,
    longestLongTaskMs: round(Math.max(0, ...scroll.longTasks.map((t) => t.durationMs))),
    slowFrames,
    slowFramesPerS: round(slowFrames / (scroll.durationMs / 1000)),
    /** Time spent in frames over 20 ms, per second of scrolling: unlike a count of slow
     * frames, it cannot fall because frames got so slow that there are fewer of them. */
    slowFrameMsPerS: Math.round(
      frames.filter((ms) => ms > SLOW_FRAME_MS).reduce((sum, ms) => sum + ms, 0) /
        (scroll.durationMs / 1000),
    ),
    totalFrames: frames.length,
    longestFrameMs: round(sorted.at(-1) ?? 0),
    p95FrameMs: round(sorted[Math.floor(0.95 * (sorted.length - 1))] ?? 0),
    loadEventEndMs: Math.round(scroll.loadEventEndMs),
    scrollStartMs: Math.round(scroll.scrollStartMs),
    scrollDurationMs: Math.round(scroll.durationMs),
    scrolledPx: Math.round(scroll.distancePx),
    documentHeightPx: scroll.documentHeightPx,
    /** Start (ms since the page's time origin) and length of each long task. */
    longTaskList: scroll.longTasks.map((t) => ({
      startMs: Math.round(t.startMs),
      durationMs: Math.round(t.durationMs),
    })),
    /** What the Long Tasks API blames ("self window" means the page itself, no iframe). */
    longTaskSources: [
      ...new Set(scroll.longTasks.map((t) => [t.name, ...t.attribution].join(" "))),
    ],
  };
}

/**
 * @typedef {{ beatActive: boolean, chartsLive: boolean } | null} StoryState
 * @typedef {ReturnType<typeof figures> & {
 *   story: StoryState, fonts: ReturnType<typeof fontFigures>, attribution?: unknown
 * }} ViewportResult
 */

/**
 * Scrolls every page at every CPU slowdown and viewport, in one browser, the pages taking
 * turns so a busy moment of the machine falls on both alike. With `trace`, a scroll of a
 * page that had long tasks is repeated under a performance trace to say where they come from.
 * @param {Record<string, string>} pages name → URL
 * @param {{ trace: boolean, log: (line: string) => void, slowdowns?: number[] }} options
 * @returns {Promise<{ browserVersion: string, runs: Record<string, Record<string, Record<string, ViewportResult>>> }>}
 *   runs[`${slowdown}x`][page][viewport]
 */
export async function scrollSmoothness(pages, { trace, log, slowdowns = CPU_SLOWDOWNS }) {
  const browser = await chromium.launch({
    ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: BROWSER_FLAGS,
  });
  try {
    /** @type {Record<string, Record<string, Record<string, ViewportResult>>>} */
    const runs = {};
    for (const cpuSlowdown of slowdowns) {
      const key = `${cpuSlowdown}x`;
      runs[key] = {};
      for (const [viewport, options] of Object.entries(VIEWPORTS)) {
        for (const [name, url] of Object.entries(pages)) {
          const { story, scroll, fonts } = await scrollOnce(browser, url, options, {
            cpuSlowdown,
            tracing: false,
          });
          /** @type {ViewportResult} */
          const result = { story, ...figures(scroll), fonts };
          log(
            `  ${key} ${name} ${viewport}: ${result.longTasks} long tasks from navigation ` +
              `(longest ${result.longestLongTaskMs} ms), ${result.slowFrames}/` +
              `${result.totalFrames} frames > ${SLOW_FRAME_MS} ms (${result.slowFramesPerS}/s, ` +
              `${result.slowFrameMsPerS} ms/s) ` +
              `in ${result.scrollDurationMs} ms of scroll; fonts before first paint ` +
              `${(fonts.bytesBeforeFirstPaint / 1000).toFixed(1)} kB` +
              (story && !story.chartsLive ? ", charts not live by the end" : "") +
              (story && !story.beatActive ? ", no active beat" : ""),
          );
          runs[key][name] = { ...runs[key][name], [viewport]: result };
          if (trace && cpuSlowdown === slowdowns[0] && result.longTasks > 0) {
            const traced = await scrollOnce(browser, url, options, { cpuSlowdown, tracing: true });
            runs[key][name][viewport] = { ...result, attribution: traced.breakdown };
            log(`  ${key} ${name} ${viewport}: traced a second scroll to attribute the long tasks`);
          }
        }
      }
    }
    return { browserVersion: browser.version(), runs };
  } finally {
    await browser.close();
  }
}
