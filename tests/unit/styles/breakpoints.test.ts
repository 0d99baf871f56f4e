import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { breakpoint, heightBreakpoint } from "../../../src/styles/breakpoints.ts";

const SRC = join(import.meta.dirname, "../../../src");

/** Every CSS file the build ships from src/. */
const cssFiles = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((file) => file.endsWith(".css"))
  .map((file) => ({ file, css: readFileSync(join(SRC, file), "utf8") }));

/** The conditions of every `@media` rule, e.g. "(max-width: 899px) and (max-height: 500px)". */
const mediaQueries = (css: string) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/@media([^{]+)\{/g)].map((m) =>
    (m[1] as string).trim(),
  );

/** The story's stylesheet: page.css and the files it imports, in styles/. */
function storyQueries(): string[] {
  const page = cssFiles.find((f) => f.file === join("styles", "page.css"));
  if (!page) throw new Error("src/styles/page.css is missing");
  const imported = [...page.css.matchAll(/@import\s+"\.\/([^"]+)"/g)].map((m) => {
    const file = cssFiles.find((f) => f.file === join("styles", m[1] as string));
    if (!file) throw new Error(`page.css imports ${m[1]}, which src/styles does not have`);
    return file;
  });
  return [page, ...imported].flatMap((f) => mediaQueries(f.css));
}

type Dimension = "width" | "height";

interface SizeTest {
  /** The first width (or height) of the larger layout this test separates. */
  from: number;
  source: string;
}

/**
 * The width (or height) tests in a media query, each as the first size of the layout on its
 * larger side: `(min-width: 900px)` and `(width >= 900px)` start at 900, `(max-width: 899px)`
 * and `(width <= 899px)` end just before it. A size in another unit is returned as NaN.
 */
function sizeTests(query: string, dimension: Dimension): SizeTest[] {
  const tests: SizeTest[] = [];
  const px = (n: string | undefined, unit: string | undefined) =>
    unit === "px" ? Number(n) : Number.NaN;
  const named = new RegExp(`\\((min|max)-${dimension}\\s*:\\s*([\\d.]+)([a-z]*)\\s*\\)`, "g");
  for (const m of query.matchAll(named)) {
    const n = px(m[2], m[3]);
    tests.push({ from: m[1] === "min" ? n : n + 1, source: m[0] });
  }
  const range = new RegExp(`\\(\\s*${dimension}\\s*(>=|>|<=|<)\\s*([\\d.]+)([a-z]*)\\s*\\)`, "g");
  for (const m of query.matchAll(range)) {
    const n = px(m[2], m[3]);
    tests.push({ from: m[1] === ">=" || m[1] === "<" ? n : n + 1, source: m[0] });
  }
  return tests;
}
const widthTests = (query: string) => sizeTests(query, "width");

describe("widthTests(query)", () => {
  it("puts a min-width at its own width and a max-width one pixel before the next layout", () => {
    expect(widthTests("(min-width: 900px)").map((t) => t.from)).toEqual([900]);
    expect(widthTests("(max-width: 899px) and (max-height: 500px)").map((t) => t.from)).toEqual([
      900,
    ]);
  });

  it("reads range syntax the same way", () => {
    const from = (q: string) => widthTests(q).map((t) => t.from);
    expect(from("(width >= 900px)")).toEqual([900]);
    expect(from("(width < 900px)")).toEqual([900]);
    expect(from("(width <= 899px)")).toEqual([900]);
    expect(from("(width > 899px)")).toEqual([900]);
  });

  it("gives no width for a unit other than px, which no breakpoint matches", () => {
    expect(widthTests("(min-width: 56.25em)")[0]?.from).toBeNaN();
  });
});

describe("the CSS's media queries", () => {
  const queries = cssFiles.flatMap(({ file, css }) =>
    mediaQueries(css).map((query) => ({ file, query })),
  );
  const dimensions = [
    ["width", Object.values(breakpoint)],
    ["height", Object.values(heightBreakpoint)],
  ] as const;

  for (const [dimension, breakpoints] of dimensions) {
    const allowed: readonly number[] = breakpoints;
    it(`test ${dimension}s only at the breakpoints in src/styles/breakpoints.ts`, () => {
      const strays = queries.flatMap(({ file, query }) =>
        sizeTests(query, dimension)
          .filter((t) => !allowed.includes(t.from))
          .map((t) => `${file}: ${t.source}`),
      );
      expect(strays).toEqual([]);
    });

    it(`test ${dimension} in no form this check cannot read`, () => {
      const unread = queries.filter(
        ({ query }) => query.includes(dimension) && sizeTests(query, dimension).length === 0,
      );
      expect(unread).toEqual([]);
    });

    it(`use every ${dimension} breakpoint, so none is a stale fact`, () => {
      const used = new Set(
        queries.flatMap(({ query }) => sizeTests(query, dimension).map((t) => t.from)),
      );
      for (const size of allowed) expect(used, `${size}px`).toContain(size);
    });
  }

  it("lay the page out side by side from sideBySide, and stacked below it", () => {
    const page = storyQueries();
    expect(page).toContain(`(min-width: ${breakpoint.sideBySide}px)`);
    expect(page).toContain(`(max-width: ${breakpoint.sideBySide - 1}px)`);
  });

  it("treat a screen as short only below sideBySide's width and tallScreen's height", () => {
    const page = storyQueries();
    expect(page).toContain(
      `(max-width: ${breakpoint.sideBySide - 1}px) and (max-height: ${heightBreakpoint.tallScreen - 1}px)`,
    );
  });
});
