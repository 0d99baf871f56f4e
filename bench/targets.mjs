// @ts-check
/** The performance budget, and whether a run meets it. */

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
 * @typedef {Record<string, Record<string, Record<string, { longTasks: number, slowFramesPerS: number, slowFrameMsPerS: number, longestLongTaskMs: number }>>>} ScrollRuns
 */

/**
 * Our figures next to the peer's from the same run: ours ÷ peer's. A ratio over 0/0 is 1
 * (both clean); over x/0 it is null (the peer had none, we had some).
 * @param {{ lighthouse: Record<string, { median: { lcpMs: number } }>, scroll: { runs: ScrollRuns } }} results
 * @returns {Comparison[]}
 */
export function comparePeer({ lighthouse, scroll }) {
  /** @type {Comparison[]} */
  const out = [];
  if (lighthouse.ours && lighthouse.peer) {
    const [ours, peer] = [lighthouse.ours.median.lcpMs, lighthouse.peer.median.lcpMs];
    out.push({ label: "Lighthouse LCP (ms)", key: "lcp", ours, peer, ratio: ratio(ours, peer) });
  }
  for (const [slowdown, pages] of Object.entries(scroll.runs)) {
    for (const viewport of Object.keys(pages.ours ?? {})) {
      const ours = pages.ours?.[viewport];
      const peer = pages.peer?.[viewport];
      if (!ours || !peer) continue;
      for (const [label, field] of /** @type {const} */ ([
        ["slow frames per s", "slowFramesPerS"],
        ["ms in slow frames per s", "slowFrameMsPerS"],
        ["long tasks", "longTasks"],
      ])) {
        out.push({
          label: `${label}, ${slowdown} CPU, ${viewport}`,
          key: `${field}.${slowdown}.${viewport}`,
          ours: ours[field],
          peer: peer[field],
          ratio: ratio(ours[field], peer[field]),
        });
      }
    }
  }
  return out;
}

/** @param {number} bytes */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** CLS as Lighthouse shows it, to two decimals. @param {number} cls */
export const roundCls = (cls) => Math.round(cls * 100) / 100;

/**
 * @param {{
 *   bundle: ReturnType<BundleSizes>,
 *   lighthouse: { median: { score: number, cls: number } } | undefined,
 *   scroll: { runs: ScrollRuns },
 *   comparison: Comparison[],
 * }} results
 * @returns {Target[]}
 */
export function checkTargets({ bundle, lighthouse, scroll, comparison }) {
  /** @type {Target[]} */
  const targets = [
    {
      id: "eagerJs",
      label: "Eager JS (gzip)",
      target: `≤ ${kB(BUDGET.eagerJsGzipBytes)}`,
      actual: kB(bundle.eagerJs.gzipBytes),
      met: bundle.eagerJs.gzipBytes <= BUDGET.eagerJsGzipBytes,
    },
    {
      id: "totalJs",
      label: "All JS (gzip)",
      target: `≤ ${kB(BUDGET.totalJsGzipBytes)}`,
      actual: kB(bundle.totalJs.gzipBytes),
      met: bundle.totalJs.gzipBytes <= BUDGET.totalJsGzipBytes,
    },
  ];
  if (lighthouse) {
    targets.push(
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
    );
  }
  const lcp = comparison.find((c) => c.key === "lcp");
  if (lcp) {
    targets.push({
      id: "lcpRatio",
      label: "LCP, ours ÷ peer's",
      target: `≤ ${BUDGET.lcpRatio}`,
      actual: `${lcp.ratio} (${lcp.ours} ms vs ${lcp.peer} ms)`,
      met: lcp.ratio !== null && lcp.ratio <= BUDGET.lcpRatio,
    });
  }
  for (const [viewport, result] of Object.entries(scroll.runs["4x"]?.ours ?? {})) {
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
    const frames = comparison.find((c) => c.key === `slowFramesPerS.4x.${viewport}`);
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
