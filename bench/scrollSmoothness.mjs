// @ts-check
/**
 * Scroll smoothness: scrolls the whole story at a fixed speed on a 4× slowed CPU and counts
 * long tasks and slow frames.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { BROWSER_FLAGS, CHROMIUM } from "./browser.mjs";
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
export const CPU_SLOWDOWN = 4;
export const LONG_TASK_MS = 50;
export const SLOW_FRAME_MS = 20;
const READY_TIMEOUT_MS = 15_000;

/**
 * @typedef {{ startMs: number, durationMs: number, name: string, attribution: string[] }} LongTask
 * @typedef {{
 *   frameIntervals: number[], longTasks: LongTask[], durationMs: number,
 *   distancePx: number, documentHeightPx: number
 * }} ScrollTrace
 */

/**
 * Runs in the page: records long tasks and frame intervals while a rAF loop scrolls from top
 * to bottom by elapsed time, so the speed holds whatever the frame rate.
 * @param {{ pxPerS: number, marks: { start: string, end: string } }} options
 * @returns {Promise<ScrollTrace>}
 */
function scrollInPage({ pxPerS, marks }) {
  /** @param {number} y */
  const scrollTo = (y) => window.scrollTo({ top: y, left: 0, behavior: "instant" });
  /** @param {number} ms */
  const wait = (ms) => new Promise((done) => setTimeout(done, ms));
  const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

  return (async () => {
    scrollTo(0);
    await wait(1000);
    await nextFrame();

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
              [a.containerType, a.containerName, a.containerSrc].filter(Boolean).join(" ") ||
              a.name,
          ),
        });
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: "longtask" });

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
    record(observer.takeRecords());
    observer.disconnect();
    return {
      frameIntervals,
      longTasks: longTasks.filter((t) => t.startMs + t.durationMs > start && t.startMs < end),
      durationMs: end - start,
      distancePx,
      documentHeightPx,
    };
  })();
}

/**
 * Opens the page, waits for the story and its charts, then scrolls it on a slowed CPU.
 * @param {Browser} browser
 * @param {string} url
 * @param {ContextOptions} contextOptions
 * @param {boolean} tracing record a performance trace and break the long tasks down;
 *   tracing slows the page, so a traced scroll is for diagnosis, not for the figures
 */
async function scrollOnce(browser, url, contextOptions, tracing) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    const deadline = Date.now() + READY_TIMEOUT_MS;
    const left = () => Math.max(1, deadline - Date.now());
    const succeeded = (/** @type {Promise<unknown>} */ promise) =>
      promise.then(
        () => true,
        () => false,
      );
    const beatActive = await succeeded(
      page.waitForFunction(() => Boolean(document.documentElement.dataset.activeBeat), null, {
        timeout: left(),
      }),
    );
    const chartsLive = await succeeded(
      page.waitForSelector('[data-graphic][data-graphic-live="true"]', {
        state: "attached",
        timeout: left(),
      }),
    );

    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    if (tracing) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const scroll = await page.evaluate(scrollInPage, {
      pxPerS: SCROLL_PX_PER_S,
      marks: SCROLL_MARKS,
    });
    const breakdown = tracing ? longTaskBreakdown(await browser.stopTracing(), LONG_TASK_MS) : null;
    return { beatActive, chartsLive, scroll, breakdown };
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
  return {
    longTasks: scroll.longTasks.length,
    longestLongTaskMs: round(Math.max(0, ...scroll.longTasks.map((t) => t.durationMs))),
    slowFrames: frames.filter((ms) => ms > SLOW_FRAME_MS).length,
    totalFrames: frames.length,
    longestFrameMs: round(sorted.at(-1) ?? 0),
    p95FrameMs: round(sorted[Math.floor(0.95 * (sorted.length - 1))] ?? 0),
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
 * Measures every viewport in one browser. With `trace`, a viewport that had long tasks is
 * scrolled once more under a performance trace to say where they come from.
 * @param {string} url
 * @param {{ trace: boolean, log: (line: string) => void }} options
 */
export async function scrollSmoothness(url, { trace, log }) {
  const browser = await chromium.launch({
    ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: BROWSER_FLAGS,
  });
  try {
    /** @type {Record<string, { beatActive: boolean, chartsLive: boolean } & ReturnType<typeof figures> & { attribution?: unknown }>} */
    const results = {};
    for (const [name, options] of Object.entries(VIEWPORTS)) {
      const { beatActive, chartsLive, scroll } = await scrollOnce(browser, url, options, false);
      const result = { beatActive, chartsLive, ...figures(scroll) };
      log(
        `  ${name}: ${result.longTasks} long tasks (longest ${result.longestLongTaskMs} ms), ` +
          `${result.slowFrames}/${result.totalFrames} frames > ${SLOW_FRAME_MS} ms, ` +
          `${result.scrollDurationMs} ms scroll` +
          (chartsLive ? "" : ", charts never went live") +
          (beatActive ? "" : ", no active beat"),
      );
      results[name] = result;
      if (trace && result.longTasks > 0) {
        const traced = await scrollOnce(browser, url, options, true);
        results[name] = { ...result, attribution: traced.breakdown };
        log(`  ${name}: traced a second scroll to attribute the long tasks`);
      }
    }
    return { browserVersion: browser.version(), viewports: results };
  } finally {
    await browser.close();
  }
}
