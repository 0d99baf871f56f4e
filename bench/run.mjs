// @ts-check
/**
 * `npm run bench`: builds the site, serves it, and reports bundle sizes, Lighthouse (mobile)
 * and scroll smoothness against the budget. A report, not a test: it exits 0 when targets
 * are missed and non-zero only when something breaks.
 *
 * `--trace` scrolls once more under a performance trace wherever there were long tasks, and
 * reports what they were made of. BENCH_OUT_DIR builds somewhere other than dist/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleSizes } from "./bundleSize.mjs";
import { lighthouseMedian } from "./lighthouse.mjs";
import { CPU_SLOWDOWN, SCROLL_PX_PER_S, scrollSmoothness } from "./scrollSmoothness.mjs";
import { build, preview } from "./server.mjs";
import { BUDGET, checkTargets, kB, roundCls } from "./targets.mjs";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, "..");
const PORT = 4179;
const LIGHTHOUSE_RUNS = 3;
const SETTLE_MAX_S = 60;
const trace = process.argv.includes("--trace");

process.chdir(ROOT);
const outDir = resolve(process.env.BENCH_OUT_DIR ?? "dist");
/** @param {string} line */
const log = (line) => console.log(line);
/** @param {number} since */
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function main() {
  const started = Date.now();
  // Figures are noisy when something else is busy; the load average says how busy it was.
  const loadAtStart = loadavg().map((n) => Math.round(n * 100) / 100);
  log(`Building into ${outDir} …`);
  await build(outDir);
  log(`  built in ${seconds(started)}`);

  const bundle = bundleSizes(outDir);
  log("Bundle (gzip level 9):");
  log(`  eager JS ${kB(bundle.eagerJs.gzipBytes)}: ${bundle.eagerJs.files.map((f) => f.file)}`);
  log(`  all JS   ${kB(bundle.totalJs.gzipBytes)} in ${bundle.totalJs.files.length} files`);
  log(`  CSS      ${kB(bundle.css.gzipBytes)}; index.html ${kB(bundle.html.gzipBytes)}`);

  const server = await preview(outDir, PORT);
  try {
    let since = Date.now();
    log(
      `Lighthouse (mobile preset, performance only), ${LIGHTHOUSE_RUNS} runs against ${server.url} …`,
    );
    const lighthouse = await lighthouseMedian(server.url, {
      runs: LIGHTHOUSE_RUNS,
      // Outside the repo: Biome would lint an HTML report kept under bench/.
      reportDir: join(tmpdir(), "bench-lighthouse"),
      log,
    });
    log(`  done in ${seconds(since)}`);

    // Lighthouse's own Chrome leaves the machine busy for a while; a scroll measured then
    // counts the other work's delays as the page's.
    const loadAtScroll = await settle();
    since = Date.now();
    log(`Scroll smoothness (${SCROLL_PX_PER_S} px/s, CPU ${CPU_SLOWDOWN}× slower) …`);
    const scroll = await scrollSmoothness(server.url, { trace, log });
    log(`  done in ${seconds(since)}`);

    const targets = checkTargets({ bundle, lighthouse, scroll });
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      loadAverage: {
        atStart: loadAtStart,
        atScroll: loadAtScroll,
        atEnd: loadavg().map((n) => Math.round(n * 100) / 100),
      },
      browser: scroll.browserVersion,
      url: server.url,
      durationS: Math.round((Date.now() - started) / 1000),
      budget: BUDGET,
      targets,
      bundle,
      lighthouse: {
        preset: "mobile (Lighthouse default: simulated throttling, Moto G Power)",
        runs: lighthouse.runs,
        medianRunIndex: lighthouse.medianRunIndex,
        median: { ...lighthouse.median, clsRounded: roundCls(lighthouse.median.cls) },
      },
      scroll: {
        pxPerS: SCROLL_PX_PER_S,
        cpuSlowdown: CPU_SLOWDOWN,
        viewports: scroll.viewports,
      },
    };
    mkdirSync(BENCH_DIR, { recursive: true });
    writeFileSync(join(BENCH_DIR, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    printSummary(results);
    log(
      `\nWrote bench/results.json; Lighthouse report of the median run: ${lighthouse.reportFile}`,
    );
    log(`Finished in ${seconds(started)}.`);
  } finally {
    await server.stop();
  }
}

/**
 * Waits, up to SETTLE_MAX_S, for the one-minute load average to fall below a third of a
 * core per core, and says how busy the machine still was.
 * @returns {Promise<number>}
 */
async function settle() {
  const quiet = cpus().length / 3;
  const since = Date.now();
  while (loadavg()[0] > quiet && Date.now() - since < SETTLE_MAX_S * 1000) {
    await new Promise((done) => setTimeout(done, 2000));
  }
  const load = Math.round(loadavg()[0] * 100) / 100;
  log(`Load average ${load} after ${seconds(since)} of waiting for a quiet machine`);
  return load;
}

/**
 * @param {{
 *   targets: import("./targets.mjs").Target[], lighthouse: any, scroll: any, cpus: number,
 *   loadAverage: { atStart: number[], atScroll: number, atEnd: number[] }
 * }} results
 */
function printSummary({ targets, lighthouse, scroll, cpus, loadAverage }) {
  const m = lighthouse.median;
  log("\n=== Summary ===");
  log(
    `Machine: ${cpus} CPUs, load average ${loadAverage.atStart[0]} at start, ` +
      `${loadAverage.atScroll} when the scroll began, ${loadAverage.atEnd[0]} at end ` +
      "(figures are noisy when this is high)",
  );
  log(
    `Lighthouse median: score ${m.score}, LCP ${m.lcpMs} ms, TBT ${m.tbtMs} ms, ` +
      `CLS ${m.clsRounded.toFixed(2)} (${m.cls.toFixed(4)}), FCP ${m.fcpMs} ms`,
  );
  for (const [name, v] of Object.entries(scroll.viewports)) {
    log(
      `Scroll ${name}: ${v.longTasks} long tasks, longest ${v.longestLongTaskMs} ms; ` +
        `${v.slowFrames} of ${v.totalFrames} frames > 20 ms; ${v.scrollDurationMs} ms for ` +
        `${v.scrolledPx} px${v.chartsLive ? "" : "; CHARTS NEVER WENT LIVE (pictures only)"}` +
        `${v.beatActive ? "" : "; NO ACTIVE BEAT"}`,
    );
  }
  for (const [name, v] of Object.entries(scroll.viewports)) {
    const a = v.attribution;
    if (!a) continue;
    /** @param {{ label: string, ms: number }[]} shares */
    const list = (shares) => shares.slice(0, 5).map((s) => `${s.label} ${s.ms} ms`);
    log(`Long tasks ${name} (traced scroll, ${a.longTasks} long tasks; tracing adds overhead):`);
    log(`  main-thread work: ${list(a.byActivity).join("; ")}`);
    log(`  JS functions sampled: ${list(a.byFunction).join("; ")}`);
  }
  log("");
  const width = Math.max(...targets.map((t) => t.label.length));
  for (const t of targets) {
    log(
      `${t.met ? "✓ met   " : "✗ missed"}  ${t.label.padEnd(width)}  ${t.actual}  (target ${t.target})`,
    );
  }
  const missed = targets.filter((t) => !t.met).length;
  log(missed ? `\n${missed} of ${targets.length} targets missed.` : "\nAll targets met.");
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
