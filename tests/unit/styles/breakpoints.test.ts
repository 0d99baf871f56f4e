import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { breakpoint } from "../../../src/styles/breakpoints.ts";

const SRC = join(import.meta.dirname, "../../../src");
const BREAKPOINTS: readonly number[] = Object.values(breakpoint);

/** Every CSS file the build ships from src/. */
const cssFiles = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((file) => file.endsWith(".css"))
  .map((file) => ({ file, css: readFileSync(join(SRC, file), "utf8") }));

/** The conditions of every `@media` rule, e.g. "(max-width: 899px) and (max-height: 500px)". */
const mediaQueries = (css: string) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/@media([^{]+)\{/g)].map((m) =>
    (m[1] as string).trim(),
  );

interface WidthTest {
  /** The first width of the wider layout this test separates. */
  from: number;
  source: string;
}

/**
 * The width tests in a media query, each as the first width of the layout on its wider side:
 * `(min-width: 900px)` and `(width >= 900px)` start at 900, `(max-width: 899px)` and
 * `(width <= 899px)` end just before it. A width in another unit is returned as NaN.
 */
function widthTests(query: string): WidthTest[] {
  const tests: WidthTest[] = [];
  for (const m of query.matchAll(/\((min|max)-width\s*:\s*([\d.]+)([a-z]*)\s*\)/g)) {
    const px = m[3] === "px" ? Number(m[2]) : Number.NaN;
    tests.push({ from: m[1] === "min" ? px : px + 1, source: m[0] });
  }
  for (const m of query.matchAll(/\(\s*width\s*(>=|>|<=|<)\s*([\d.]+)([a-z]*)\s*\)/g)) {
    const px = m[3] === "px" ? Number(m[2]) : Number.NaN;
    tests.push({ from: m[1] === ">=" || m[1] === "<" ? px : px + 1, source: m[0] });
  }
  return tests;
}

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

  it("test widths only at the breakpoints in src/styles/breakpoints.ts", () => {
    const strays = queries.flatMap(({ file, query }) =>
      widthTests(query)
        .filter((t) => !BREAKPOINTS.includes(t.from))
        .map((t) => `${file}: ${t.source}`),
    );
    expect(strays).toEqual([]);
  });

  it("test width in no form this check cannot read", () => {
    const unread = queries.filter(
      ({ query }) => /width/.test(query) && widthTests(query).length === 0,
    );
    expect(unread).toEqual([]);
  });

  it("use every breakpoint, so none is a stale fact", () => {
    const used = new Set(queries.flatMap(({ query }) => widthTests(query).map((t) => t.from)));
    for (const width of BREAKPOINTS) expect(used, `${width}px`).toContain(width);
  });

  it("lay the page out side by side from sideBySide, and stacked below it", () => {
    const page = mediaQueries(cssFiles.find((f) => f.file.endsWith("page.css"))?.css ?? "");
    expect(page).toContain(`(min-width: ${breakpoint.sideBySide}px)`);
    expect(page).toContain(`(max-width: ${breakpoint.sideBySide - 1}px)`);
  });
});
