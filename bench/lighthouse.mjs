// @ts-check
/** Lighthouse's performance category on its default (mobile) preset, median of several runs. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { BROWSER_FLAGS, CHROMIUM } from "./browser.mjs";

/**
 * @typedef {{
 *   score: number, lcpMs: number, tbtMs: number, cls: number, fcpMs: number,
 *   speedIndexMs: number, benchmarkIndex: number | null, warnings: string[]
 * }} LighthouseRun
 */

/**
 * One Lighthouse run in a fresh browser.
 * @param {string} url
 * @returns {Promise<{ run: LighthouseRun, html: string }>}
 */
async function runOnce(url) {
  const chrome = await launch({
    chromeFlags: ["--headless=new", ...BROWSER_FLAGS],
    ...(existsSync(CHROMIUM) ? { chromePath: CHROMIUM } : {}),
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "html",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    if (!result) throw new Error("Lighthouse returned no result");
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    /** @param {string} id */
    const value = (id) => {
      const number = lhr.audits[id]?.numericValue;
      if (typeof number !== "number") throw new Error(`Lighthouse audit ${id} has no value`);
      return number;
    };
    const score = lhr.categories.performance?.score;
    if (typeof score !== "number") throw new Error("Lighthouse gave no performance score");
    const report = Array.isArray(result.report) ? result.report[0] : result.report;
    return {
      run: {
        score: Math.round(score * 100),
        lcpMs: Math.round(value("largest-contentful-paint")),
        tbtMs: Math.round(value("total-blocking-time")),
        cls: value("cumulative-layout-shift"),
        fcpMs: Math.round(value("first-contentful-paint")),
        speedIndexMs: Math.round(value("speed-index")),
        benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
        warnings: lhr.runWarnings ?? [],
      },
      html: report ?? "",
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse now and then fails a run on a busy machine ("Chrome prevented page load with an
 * interstitial"); a failed run is repeated rather than counted.
 * @template T
 * @param {() => Promise<T>} attempt
 * @param {number} attempts
 * @param {(error: Error) => void} onRetry
 * @returns {Promise<T>}
 */
async function withRetries(attempt, attempts, onRetry) {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= attempts || !(error instanceof Error)) throw error;
      onRetry(error);
    }
  }
}

/**
 * Runs Lighthouse `runs` times and picks the median run by performance score. The median
 * run's HTML report goes to `reportDir` (ignored by git).
 * @param {string} url
 * @param {{ runs: number, reportDir: string, log: (line: string) => void }} options
 */
export async function lighthouseMedian(url, { runs, reportDir, log }) {
  /** @type {{ run: LighthouseRun, html: string }[]} */
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await withRetries(
      () => runOnce(url),
      3,
      (error) => log(`  run ${i + 1}/${runs} failed, trying again: ${error.message}`),
    );
    log(
      `  run ${i + 1}/${runs}: score ${result.run.score}, LCP ${result.run.lcpMs} ms, ` +
        `TBT ${result.run.tbtMs} ms, CLS ${result.run.cls.toFixed(3)}`,
    );
    results.push(result);
  }
  const sorted = [...results].sort((a, b) => a.run.score - b.run.score);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error("no Lighthouse runs");
  mkdirSync(reportDir, { recursive: true });
  const reportFile = join(reportDir, "median.report.html");
  writeFileSync(reportFile, median.html);
  return {
    median: median.run,
    medianRunIndex: results.indexOf(median),
    runs: results.map((r) => r.run),
    reportFile,
  };
}
