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
  longTasksDuringScroll: 0,
};

/** @param {number} bytes */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** CLS as Lighthouse shows it, to two decimals. @param {number} cls */
export const roundCls = (cls) => Math.round(cls * 100) / 100;

/**
 * @param {{
 *   bundle: ReturnType<BundleSizes>,
 *   lighthouse: { median: { score: number, cls: number } },
 *   scroll: { viewports: Record<string, { longTasks: number, longestLongTaskMs: number }> },
 * }} results
 * @returns {Target[]}
 */
export function checkTargets({ bundle, lighthouse, scroll }) {
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
  for (const [name, result] of Object.entries(scroll.viewports)) {
    targets.push({
      id: `longTasks.${name}`,
      label: `Long tasks during scroll (${name})`,
      target: String(BUDGET.longTasksDuringScroll),
      actual:
        result.longTasks === 0
          ? "0"
          : `${result.longTasks} (longest ${result.longestLongTaskMs} ms)`,
      met: result.longTasks <= BUDGET.longTasksDuringScroll,
    });
  }
  return targets;
}
