import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  EAGER_FORMAT,
  lazyPlotFormat,
  makePlotFormatLazy,
} from "../../../../scripts/build/lazyPlotFormat.ts";

const formatFile = join(
  import.meta.dirname,
  "../../../../node_modules/@observablehq/plot/src/format.js",
);
const plotFormat = readFileSync(formatFile, "utf8");

describe("makePlotFormatLazy(code, file)", () => {
  it("finds the installed Plot's eager default format", () => {
    expect(plotFormat).toContain(EAGER_FORMAT);
  });

  it("makes its number formatter only when a number comes, and formats as before", () => {
    const lazy = makePlotFormatLazy(plotFormat, formatFile);
    expect(lazy).not.toContain(EAGER_FORMAT);
    // The rewritten module, evaluated with Plot's own imports stubbed out.
    const body = lazy
      .replace(/^import[^;]+;$/gm, "")
      .replace(/^export /gm, "")
      .concat("\nreturn { formatDefault };");
    let made = 0;
    const NumberFormat = class extends Intl.NumberFormat {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        made += 1;
      }
    };
    const module = new Function("Intl", "memoize1", "string", "isoFormat", body)(
      { ...Intl, NumberFormat },
      (f: (...a: unknown[]) => unknown) => f,
      (x: unknown) => (x == null ? x : `${x}`),
      (d: Date) => d.toISOString().slice(0, 10),
    ) as { formatDefault: (v: unknown) => string };
    expect(made).toBe(0);
    expect(module.formatDefault("a label")).toBe("a label");
    expect(module.formatDefault(new Date(Date.UTC(2016, 11, 22)))).toBe("2016-12-22");
    expect(module.formatDefault(null)).toBe(null);
    expect(made).toBe(0);
    expect(module.formatDefault(1234.5)).toBe("1,234.5");
    expect(module.formatDefault(7)).toBe("7");
    expect(made).toBe(1);
  });

  it("fails the build, naming the file, when Plot no longer has that line", () => {
    expect(() => makePlotFormatLazy("export const x = 1;", "plot/src/format.js")).toThrow(
      /plot\/src\/format\.js: expected Plot's line/,
    );
  });
});

describe("lazyPlotFormat()", () => {
  const transform = lazyPlotFormat().transform as (code: string, id: string) => unknown;

  it("rewrites Plot's format module only", () => {
    expect(transform(plotFormat, formatFile)).toMatchObject({ code: expect.any(String) });
    expect(transform("export const formatDefault = formatAuto();", "/src/format.js")).toBeNull();
  });
});
