import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CHART_CHARACTERS,
  fontMetrics,
  fontMetricsText,
  METRICS_FILE,
} from "../../../../scripts/build/fontMetrics.ts";
import { FONT_METRICS } from "../../../../src/charts/fontMetrics.generated.ts";

// `npm run metrics` runs this file with METRICS_WRITE=1 to rewrite the table.
const write = process.env.METRICS_WRITE === "1";

describe("fontMetrics(): the chart face's metrics table", () => {
  it("is the shipped font files' own: regenerated from them, it is unchanged", () => {
    const text = fontMetricsText(fontMetrics());
    if (write) writeFileSync(METRICS_FILE, text);
    expect(readFileSync(METRICS_FILE, "utf8")).toBe(text);
  }, 120_000);

  it("reads back as the charts import it, an advance per character in both weights", () => {
    expect(FONT_METRICS.family).toBe("Source Sans 3");
    expect(FONT_METRICS.chars).toBe(CHART_CHARACTERS);
    for (const weight of ["400", "700"]) {
      const face = FONT_METRICS.faces[weight];
      expect(face?.advances.length).toBe([...CHART_CHARACTERS].length);
      // A and V kern together in Source Sans 3, as in most faces; no pair is kept at 0.
      expect(face?.kerning.A?.[0]).toContain("V");
      const values = Object.values(face?.kerning ?? {}).flatMap(([, v]) => v);
      expect(values.length).toBeGreaterThan(100);
      expect(values).not.toContain(0);
    }
  });

  it("covers the typography of the figures and quotes", () => {
    for (const ch of "–—‘’“”…·±²×é") expect(CHART_CHARACTERS).toContain(ch);
  });

  it("is read without fontkit: no browser code imports it", () => {
    const files = readdirSync("src", { recursive: true, encoding: "utf8" }).filter((f) =>
      /\.(ts|js)$/.test(f),
    );
    const importing = files.filter((f) => /from "fontkit"/.test(readFileSync(`src/${f}`, "utf8")));
    expect(files.length).toBeGreaterThan(10);
    expect(importing).toEqual([]);
  });
});
