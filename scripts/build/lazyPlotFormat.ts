import type { Plugin } from "vite";

/** The one line of Observable Plot's `src/format.js` this plugin rewrites. */
export const EAGER_FORMAT = "export const formatDefault = formatAuto();";

// formatAuto's own rule (a date as ISO, a number by Intl, anything else as a string), with
// the number format made the first time a number comes: Plot runs every text label, strings
// included, through formatDefault.
const LAZY_FORMAT = [
  "let numberFormatOnce;",
  "export const formatDefault = (value) =>",
  "  value instanceof Date",
  "    ? formatIsoDate(value)",
  '    : typeof value === "number"',
  "      ? (numberFormatOnce ??= formatNumber())(value)",
  "      : string(value);",
].join("\n");

/**
 * Plot's format module makes an `Intl.NumberFormat` as it is evaluated, for a default
 * format our charts never use for a number (every axis and label here is formatted by our
 * own code, and handed to Plot as text).
 * A page's first Intl formatter loads the browser's locale data: on a slow phone, a long
 * task of its own just as the charts arrive. The same format, its number formatter made
 * when a number first needs it.
 */
export function makePlotFormatLazy(code: string, file: string): string {
  if (!code.includes(EAGER_FORMAT)) {
    throw new Error(
      `${file}: expected Plot's line "${EAGER_FORMAT}"; has Plot changed? See scripts/build/lazyPlotFormat.ts`,
    );
  }
  return code.replace(EAGER_FORMAT, LAZY_FORMAT);
}

const PLOT_FORMAT = /[\\/]@observablehq[\\/]plot[\\/]src[\\/]format\.js$/;

export function lazyPlotFormat(): Plugin {
  return {
    name: "lazy-plot-format",
    transform(code, id) {
      const file = id.split("?")[0] ?? id;
      return PLOT_FORMAT.test(file) ? { code: makePlotFormatLazy(code, file), map: null } : null;
    },
  };
}
