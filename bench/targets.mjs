// @ts-check
/** The performance budget, and whether a run meets it, for each edition of the story. */
import { editionLabel, editionLang } from "./editions.mjs";

/**
 * @typedef {{ id: string, label: string, target: string, actual: string, met: boolean }} Target
 * @typedef {import("./bundleSize.mjs").bundleSizes} BundleSizes
 */

export const BUDGET = {
  eagerJsGzipBytes: 30_000,
  totalJsGzipBytes: 120_000,
  lighthouseScore: 98,
  cls: 0,
  /** From navigation to the end of a reader's scroll, at 4× CPU. */
  longTasks: 0,
  /** Our frames over 20 ms per second of scrolling, at 4× CPU, as a ratio of the peer's. */
  slowFramesPerSRatio: 1,
  /** Our Lighthouse LCP as a ratio of the peer's. */
  lcpRatio: 0.6,
};

/** @param {number} ours @param {number} peer */
const ratio = (ours, peer) =>
  peer > 0 ? Math.round((ours / peer) * 100) / 100 : ours === 0 ? 1 : null;

/**
 * @typedef {{ label: string, key: string, ours: number, peer: number, ratio: number | null }} Comparison
 * @typedef {{ longTasks: number, slowFramesPerS: number, slowFrameMsPerS: number, longestLongTaskMs: number }} ScrollFigures
 * @typedef {Record<string, Record<string, Record<string, ScrollFigures>>>} ScrollRuns
 */

/**
 * Our figures next to the peer's from the same run: ours ÷ peer's, for each of our pages
 * (`ours` the English edition, `oursAr` the Arabic; see editions.mjs). A ratio over 0/0 is 1
 * (both clean); over x/0 it is null (the peer had none, we had some). Keys of the Arabic
 * page's figures end in ".oursAr"; the English page's keep the names they had before it.
 * @param {{ lighthouse: Record<string, { median: { lcpMs: number } }>, scroll: { runs: ScrollRuns } }} results
 * @param {string[]} pages our pages' ids
 * @returns {Comparison[]}
 */
export function comparePeer({ lighthouse, scroll }, pages = ["ours"]) {
  /** @type {Comparison[]} */
  const out = [];
  for (const page of pages) {
    const suffix = page === "ours" ? "" : `.${page}`;
    const name = editionLabel(page);
    const ours = lighthouse[page]?.median.lcpMs;
    const peer = lighthouse.peer?.median.lcpMs;
    if (ours !== undefined && peer !== undefined) {
      const label = `Lighthouse LCP (ms), ${name}`;
      out.push({ label, key: `lcp${suffix}`, ours, peer, ratio: ratio(ours, peer) });
    }
    for (const [slowdown, runs] of Object.entries(scroll.runs)) {
      out.push(...compareScroll(runs[page], runs.peer, `${slowdown} CPU`, name, suffix, slowdown));
    }
  }
  return out;
}

/**
 * @param {Record<string, ScrollFigures> | undefined} ours
 * @param {Record<string, ScrollFigures> | undefined} peer
 * @param {string} cpu @param {string} name @param {string} suffix @param {string} slowdown
 * @returns {Comparison[]}
 */
function compareScroll(ours, peer, cpu, name, suffix, slowdown) {
  /** @type {Comparison[]} */
  const out = [];
  for (const viewport of Object.keys(ours ?? {})) {
    const o = ours?.[viewport];
    const p = peer?.[viewport];
    if (!o || !p) continue;
    for (const [label, field] of /** @type {const} */ ([
      ["slow frames per s", "slowFramesPerS"],
      ["ms in slow frames per s", "slowFrameMsPerS"],
      ["long tasks", "longTasks"],
    ])) {
      out.push({
        label: `${label}, ${cpu}, ${viewport}, ${name}`,
        key: `${field}.${slowdown}.${viewport}${suffix}`,
        ours: o[field],
        peer: p[field],
        ratio: ratio(o[field], p[field]),
      });
    }
  }
  return out;
}

/** @param {number} bytes */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** CLS as Lighthouse shows it, to two decimals. @param {number} cls */
export const roundCls = (cls) => Math.round(cls * 100) / 100;

/**
 * @typedef {{ median: { score: number, cls: number } }} LighthouseResult
 * @typedef {{
 *   bundle: ReturnType<BundleSizes>,
 *   lighthouse: Record<string, LighthouseResult | undefined>,
 *   scroll: { runs: ScrollRuns },
 *   comparison: Comparison[],
 * }} Results
 */

/**
 * Every target, for each of our pages: the English page's under the ids they had before the
 * Arabic one was measured, the Arabic page's (`oursAr`) with ".oursAr" added and "(ar)" in
 * the label. "All JS (gzip)" is the whole build, both editions' code; "All JS the page may
 * load" is what one page can reach.
 * @param {Results} results
 * @param {string[]} pages our pages' ids
 * @returns {Target[]}
 */
export function checkTargets(results, pages = ["ours"]) {
  const { bundle } = results;
  /** @type {Target[]} */
  const targets = [
    {
      id: "totalJs",
      label: "All JS (gzip)",
      target: `≤ ${kB(BUDGET.totalJsGzipBytes)}`,
      actual: kB(bundle.totalJs.gzipBytes),
      met: bundle.totalJs.gzipBytes <= BUDGET.totalJsGzipBytes,
    },
  ];
  for (const page of pages) targets.push(...pageTargets(results, page));
  return targets;
}

/**
 * @param {Results} results
 * @param {string} page
 * @returns {Target[]}
 */
function pageTargets({ bundle, lighthouse, scroll, comparison }, page) {
  const suffix = page === "ours" ? "" : `.${page}`;
  const of = page === "ours" ? "" : ` (${editionLang(page)})`;
  /** @param {Target} t */
  const named = (t) => ({ ...t, id: `${t.id}${suffix}`, label: `${t.label}${of}` });
  const sizes = bundle.editions[page];
  /** @type {Target[]} */
  const targets = [];
  const eager = page === "ours" ? bundle.eagerJs : sizes?.eagerJs;
  if (eager) {
    targets.push(named(sizeTarget("eagerJs", "Eager JS (gzip)", eager, BUDGET.eagerJsGzipBytes)));
  }
  if (sizes) {
    const label = "All JS the page may load (gzip)";
    targets.push(named(sizeTarget("allJs", label, sizes.allJs, BUDGET.totalJsGzipBytes)));
  }
  const l = lighthouse[page];
  if (l) targets.push(...lighthouseTargets(l).map(named));
  const lcp = comparison.find((c) => c.key === `lcp${suffix}`);
  if (lcp) {
    targets.push(
      named({
        id: "lcpRatio",
        label: "LCP, ours ÷ peer's",
        target: `≤ ${BUDGET.lcpRatio}`,
        actual: `${lcp.ratio} (${lcp.ours} ms vs ${lcp.peer} ms)`,
        met: lcp.ratio !== null && lcp.ratio <= BUDGET.lcpRatio,
      }),
    );
  }
  targets.push(...scrollTargets(scroll.runs["4x"]?.[page] ?? {}, comparison, suffix).map(named));
  return targets;
}

/**
 * @param {string} id @param {string} label
 * @param {{ gzipBytes: number }} group @param {number} budget
 * @returns {Target}
 */
const sizeTarget = (id, label, group, budget) => ({
  id,
  label,
  target: `≤ ${kB(budget)}`,
  actual: kB(group.gzipBytes),
  met: group.gzipBytes <= budget,
});

/** @param {LighthouseResult} lighthouse @returns {Target[]} */
function lighthouseTargets(lighthouse) {
  return [
    {
      id: "lighthouseScore",
      label: "Lighthouse mobile performance",
      target: `≥ ${BUDGET.lighthouseScore}`,
      actual: String(lighthouse.median.score),
      met: lighthouse.median.score >= BUDGET.lighthouseScore,
    },
    {
      id: "cls",
      label: "CLS (Lighthouse, 2 decimals)",
      target: BUDGET.cls.toFixed(2),
      actual: roundCls(lighthouse.median.cls).toFixed(2),
      met: roundCls(lighthouse.median.cls) <= BUDGET.cls,
    },
  ];
}

/**
 * @param {Record<string, ScrollFigures>} viewports one page's 4× CPU scrolls
 * @param {Comparison[]} comparison @param {string} suffix
 * @returns {Target[]}
 */
function scrollTargets(viewports, comparison, suffix) {
  /** @type {Target[]} */
  const targets = [];
  for (const [viewport, result] of Object.entries(viewports)) {
    targets.push({
      id: `longTasks.${viewport}`,
      label: `Long tasks, navigation to end of scroll, 4× CPU (${viewport})`,
      target: String(BUDGET.longTasks),
      actual:
        result.longTasks === 0
          ? "0"
          : `${result.longTasks} (longest ${result.longestLongTaskMs} ms)`,
      met: result.longTasks <= BUDGET.longTasks,
    });
    const frames = comparison.find((c) => c.key === `slowFramesPerS.4x.${viewport}${suffix}`);
    if (frames) {
      targets.push({
        id: `slowFramesPerSRatio.${viewport}`,
        label: `Slow frames per s, ours ÷ peer's, 4× CPU (${viewport})`,
        target: `≤ ${BUDGET.slowFramesPerSRatio}`,
        actual: `${frames.ratio ?? "∞"} (${frames.ours}/s vs ${frames.peer}/s)`,
        met: frames.ratio !== null && frames.ratio <= BUDGET.slowFramesPerSRatio,
      });
    }
  }
  return targets;
}
