// @ts-check
/**
 * `npm run bench`: builds the site, serves it beside a peer page (Scrollama's own sticky-side
 * example), and reports bundle sizes, Lighthouse (mobile), font bytes before first paint and
 * scroll smoothness for each edition of the story (English and Arabic, editions.mjs) and the
 * peer, ours against the budget and as a ratio of the peer's. A report, not a test: it exits 0
 * when targets are missed and non-zero only when something breaks.
 *
 * `--trace` scrolls once more under a performance trace wherever there were long tasks, and
 * reports what they were made of. `--no-lighthouse` skips Lighthouse (for a quick look at
 * the scroll). BENCH_OUT_DIR builds somewhere other than dist/; BENCH_PORT and
 * BENCH_PEER_PORT choose the ports (4179 and 4180); BENCH_PEER_DIR the peer's folder.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleSizes } from "./bundleSize.mjs";
import { EDITIONS, editionLabel, editionUrl } from "./editions.mjs";
import { lighthouseMedian } from "./lighthouse.mjs";
import {
  CPU_SLOWDOWNS,
  SCROLL_AFTER_LOAD_MS,
  SCROLL_PX_PER_S,
  scrollSmoothness,
} from "./scrollSmoothness.mjs";
import { build, preview } from "./server.mjs";
import { BUDGET, checkTargets, comparePeer, kB, roundCls } from "./targets.mjs";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, "..");
const PORT = Number(process.env.BENCH_PORT ?? 4179);
const PEER_PORT = Number(process.env.BENCH_PEER_PORT ?? 4180);
// Vendored in the repository, with its licences (bench/peers/scrollama-sticky-side/README.md).
const PEER_DIR = resolve(ROOT, process.env.BENCH_PEER_DIR ?? "bench/peers/scrollama-sticky-side");
const LIGHTHOUSE_RUNS = 3;
const SETTLE_MAX_S = 60;
const trace = process.argv.includes("--trace");
const skipLighthouse = process.argv.includes("--no-lighthouse");

process.chdir(ROOT);
const outDir = resolve(process.env.BENCH_OUT_DIR ?? "dist");
/** @param {string} line */
const log = (line) => console.log(line);
/** The one-minute load average. */
const oneMinuteLoad = () => loadavg()[0] ?? 0;
/** @param {number} since */
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function main() {
  const started = Date.now();
  // Figures are noisy when something else is busy; the load average says how busy it was.
  const loadAtStart = loadavg().map((n) => Math.round(n * 100) / 100);
  log(`Building into ${outDir} …`);
  await build(outDir);
  log(`  built in ${seconds(started)}`);

  const bundle = bundleSizes(outDir, EDITIONS);
  logBundle(bundle);

  if (!existsSync(join(PEER_DIR, "index.html"))) {
    throw new Error(`the peer page is missing: ${PEER_DIR}/index.html (see bench/README.md)`);
  }
  const server = await preview(outDir, PORT);
  const peer = await preview(PEER_DIR, PEER_PORT);
  try {
    /** @type {Record<string, string>} our editions, then the peer: name → URL */
    const pages = {
      ...Object.fromEntries(EDITIONS.map((e) => [e.id, editionUrl(server.url, e)])),
      peer: peer.url,
    };
    const ourPages = EDITIONS.map((e) => e.id);
    const lighthouse = skipLighthouse ? {} : await lighthouseAll(pages);

    // Lighthouse's own Chrome leaves the machine busy for a while; a scroll measured then
    // counts the other work's delays as the page's.
    const loadAtScroll = skipLighthouse ? Math.round(oneMinuteLoad() * 100) / 100 : await settle();
    const since = Date.now();
    log(
      `Scroll (${SCROLL_PX_PER_S} px/s, ${SCROLL_AFTER_LOAD_MS} ms after load, CPU ` +
        `${CPU_SLOWDOWNS.join("× and ")}× slower), our editions and the peer in turns …`,
    );
    const scroll = await scrollSmoothness(pages, { trace, log });
    log(`  done in ${seconds(since)}`);

    const comparison = comparePeer({ lighthouse, scroll }, ourPages);
    const targets = checkTargets({ bundle, lighthouse, scroll, comparison }, ourPages);
    /** @param {Awaited<ReturnType<typeof lighthouseMedian>>} l */
    const lighthouseRecord = (l) => ({
      runs: l.runs,
      medianRunIndex: l.medianRunIndex,
      median: { ...l.median, clsRounded: roundCls(l.median.cls) },
    });
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
      editions: EDITIONS.map((e) => ({ ...e, url: pages[e.id] })),
      peer: { dir: relative(ROOT, PEER_DIR), url: peer.url },
      durationS: Math.round((Date.now() - started) / 1000),
      budget: BUDGET,
      targets,
      comparison,
      bundle,
      lighthouse: {
        preset: "mobile (Lighthouse default: simulated throttling, Moto G Power)",
        ...Object.fromEntries(
          Object.keys(pages).map((name) => {
            const l = lighthouse[name];
            return [name, l ? lighthouseRecord(l) : null];
          }),
        ),
      },
      scroll: {
        pxPerS: SCROLL_PX_PER_S,
        afterLoadMs: SCROLL_AFTER_LOAD_MS,
        cpuSlowdowns: CPU_SLOWDOWNS,
        runs: scroll.runs,
      },
    };
    mkdirSync(BENCH_DIR, { recursive: true });
    writeFileSync(join(BENCH_DIR, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    printSummary(results);
    if (lighthouse.ours) {
      log(
        `\nWrote bench/results.json; Lighthouse report of our median run: ${lighthouse.ours.reportFile}`,
      );
    }
    log(`Finished in ${seconds(started)}.`);
  } finally {
    await Promise.all([server.stop(), peer.stop()]);
  }
}

/**
 * Lighthouse, LIGHTHOUSE_RUNS runs of each page in turn.
 * @param {Record<string, string>} pages name → URL
 */
async function lighthouseAll(pages) {
  const since = Date.now();
  /** @type {Record<string, Awaited<ReturnType<typeof lighthouseMedian>>>} */
  const lighthouse = {};
  for (const [name, url] of Object.entries(pages)) {
    log(`Lighthouse (mobile preset, performance only), ${LIGHTHOUSE_RUNS} runs, ${name}: ${url} …`);
    lighthouse[name] = await lighthouseMedian(url, {
      runs: LIGHTHOUSE_RUNS,
      // Outside the repo: Biome would lint an HTML report kept under bench/.
      reportDir: join(tmpdir(), "bench-lighthouse", name),
      log,
    });
  }
  log(`  done in ${seconds(since)}`);
  return lighthouse;
}

/** @param {ReturnType<typeof bundleSizes>} bundle */
function logBundle(bundle) {
  log("Bundle (gzip level 9):");
  log(`  all JS   ${kB(bundle.totalJs.gzipBytes)} in ${bundle.totalJs.files.length} files`);
  log(`  CSS      ${kB(bundle.css.gzipBytes)}; index.html ${kB(bundle.html.gzipBytes)}`);
  for (const [id, page] of Object.entries(bundle.editions)) {
    log(
      `  ${editionLabel(id)}, ${page.page}: eager JS ${kB(page.eagerJs.gzipBytes)} ` +
        `(${page.eagerJs.files.map((f) => f.file)}); all it may load ${kB(page.allJs.gzipBytes)} ` +
        `in ${page.allJs.files.length} files`,
    );
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
  while (oneMinuteLoad() > quiet && Date.now() - since < SETTLE_MAX_S * 1000) {
    await new Promise((done) => setTimeout(done, 2000));
  }
  const load = Math.round(oneMinuteLoad() * 100) / 100;
  log(`Load average ${load} after ${seconds(since)} of waiting for a quiet machine`);
  return load;
}

/**
 * @param {{
 *   targets: import("./targets.mjs").Target[], lighthouse: any, scroll: any, cpus: number,
 *   comparison: ReturnType<typeof comparePeer>,
 *   loadAverage: { atStart: number[], atScroll: number, atEnd: number[] }
 * }} results
 */
function printSummary({ targets, lighthouse, scroll, comparison, cpus, loadAverage }) {
  log("\n=== Summary ===");
  log(
    `Machine: ${cpus} CPUs, load average ${loadAverage.atStart[0]} at start, ` +
      `${loadAverage.atScroll} when the scroll began, ${loadAverage.atEnd[0]} at end ` +
      "(figures are noisy when this is high)",
  );
  for (const name of Object.keys(lighthouse)) {
    const m = lighthouse[name]?.median;
    if (!m) continue;
    log(
      `Lighthouse median, ${editionLabel(name)}: score ${m.score}, LCP ${m.lcpMs} ms, TBT ${m.tbtMs} ms, ` +
        `CLS ${m.clsRounded.toFixed(2)}, FCP ${m.fcpMs} ms`,
    );
  }
  for (const [slowdown, pages] of Object.entries(scroll.runs)) {
    for (const [name, viewports] of Object.entries(/** @type {Record<string, any>} */ (pages))) {
      for (const [viewport, v] of Object.entries(/** @type {Record<string, any>} */ (viewports))) {
        log(
          `Scroll ${slowdown} ${editionLabel(name)} ${viewport}: ${v.longTasks} long tasks from navigation ` +
            `(${v.longTasksDuringScroll} during the scroll), longest ${v.longestLongTaskMs} ms; ` +
            `${v.slowFramesPerS} frames > 20 ms per s (${v.slowFrames} of ${v.totalFrames}), ` +
            `${v.slowFrameMsPerS} ms in them per s` +
            `${v.story && !v.story.chartsLive ? "; charts not live by the end" : ""}`,
        );
        if (slowdown === "4x") logPaint(v);
        const a = v.attribution;
        if (!a) continue;
        /** @param {{ label: string, ms: number }[]} shares */
        const list = (shares) => shares.slice(0, 5).map((s) => `${s.label} ${s.ms} ms`);
        log(`  traced (${a.longTasks} long tasks; tracing adds overhead):`);
        log(`    main-thread work: ${list(a.byActivity).join("; ")}`);
        log(`    JS functions sampled: ${list(a.byFunction).join("; ")}`);
      }
    }
  }
  log("\nOurs as a ratio of the peer's (same run):");
  for (const c of comparison) log(`  ${c.label}: ${c.ours} vs ${c.peer} → ${c.ratio ?? "n/a"}`);
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

/**
 * The largest paint, and the fonts fetched before the first paint, of one 4× scroll.
 * @param {any} v
 */
function logPaint(v) {
  log(`  largest paint: ${v.largestPaint?.element ?? "none"} at ${v.largestPaint?.ms ?? "?"} ms`);
  const f = v.fonts;
  if (!f) return;
  log(
    `  first paint ${f.firstPaintMs} ms; fonts before it ${kB(f.bytesBeforeFirstPaint)}: ` +
      `${f.facesBeforeFirstPaint.join(", ") || "none"}; all fonts ${kB(f.bytesAll)}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
