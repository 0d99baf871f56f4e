// @ts-check
/**
 * Scroll smoothness: scrolls the whole story at a fixed speed on a 4× slowed CPU and counts
 * long tasks and slow frames.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { BROWSER_FLAGS, CHROMIUM } from "./browser.mjs";
import { longTaskBreakdown, TRACE_CATEGORIES } from "./longTaskTrace.mjs";

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
 * @param {{ pxPerS: number }} options
 * @returns {Promise<ScrollTrace>}
 */
function scrollInPage({ pxPerS }) {
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
 * @param {Browser} browser
 * @param {string} url
 * @param {ContextOptions} contextOptions
 * @param {{ trace?: boolean }} [options] record a performance trace and break the long
 *   tasks down (tracing slows the page, so a traced scroll is for diagnosis, not figures)
 */
export async function measureViewport(browser, url, contextOptions, { trace: tracing = false } = {}) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    const deadline = Date.now() + READY_TIMEOUT_MS;
    const left = () => Math.max(1, deadline - Date.now());
    const beatActive = await page
      .waitForFunction(() => Boolean(document.documentElement.dataset.activeBeat), null, {
        timeout: left(),
      })
      .then(
        () => true,
        () => false,
      );
    const chartsLive = await page
      .waitForSelector('[data-graphic][data-graphic-live="true"]', {
        state: "attached",
        timeout: left(),
      })
      .then(
        () => true,
        () => false,
      );

    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    if (tracing) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const trace = await page.evaluate(scrollInPage, { pxPerS: SCROLL_PX_PER_S });
    const breakdown = tracing ? longTaskBreakdown(await browser.stopTracing()) : null;
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });

    const frames = trace.frameIntervals;
    const sorted = [...frames].sort((a, b) => a - b);
    const round = (/** @type {number} */ n) => Math.round(n * 10) / 10;
    return {
      beatActive,
      chartsLive,
      longTasks: trace.longTasks.length,
      longestLongTaskMs: round(Math.max(0, ...trace.longTasks.map((t) => t.durationMs))),
      slowFrames: frames.filter((ms) => ms > SLOW_FRAME_MS).length,
      totalFrames: frames.length,
      longestFrameMs: round(sorted.at(-1) ?? 0),
      p95FrameMs: round(sorted[Math.floor(0.95 * (sorted.length - 1))] ?? 0),
      scrollDurationMs: Math.round(trace.durationMs),
      scrolledPx: Math.round(trace.distancePx),
      documentHeightPx: trace.documentHeightPx,
      longTaskList: trace.longTasks.map((t) => ({
        startMs: Math.round(t.startMs),
        durationMs: Math.round(t.durationMs),
        attribution: [t.name, ...t.attribution].join(" · "),
      })),
      ...(breakdown ? { breakdown } : {}),
    };
  } finally {
    await context.close();
  }
}

/**
 * Measures every viewport in one browser.
 * @param {string} url
 * @param {(line: string) => void} log
 */
export async function scrollSmoothness(url, log) {
  const browser = await chromium.launch({
    ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: BROWSER_FLAGS,
  });
  try {
    /** @type {Record<string, Awaited<ReturnType<typeof measureViewport>>>} */
    const results = {};
    for (const [name, options] of Object.entries(VIEWPORTS)) {
      const result = await measureViewport(browser, url, options);
      log(
        `  ${name}: ${result.longTasks} long tasks (longest ${result.longestLongTaskMs} ms), ` +
          `${result.slowFrames}/${result.totalFrames} frames > ${SLOW_FRAME_MS} ms, ` +
          `${result.scrollDurationMs} ms scroll`,
      );
      results[name] = result;
    }
    return { browserVersion: browser.version(), viewports: results };
  } finally {
    await browser.close();
  }
}
