import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ARABIC_METRICS_FILE,
  arabicMetrics,
  arabicMetricsText,
} from "../../../../scripts/build/arabicMetrics.ts";

// `npm run metrics` runs this file with METRICS_WRITE=1 to rewrite the table.
const write = process.env.METRICS_WRITE === "1";

describe("arabicMetrics(): the Arabic face's metrics table", () => {
  it("is the shipped font files' own: regenerated from them, it is unchanged", () => {
    const text = arabicMetricsText(arabicMetrics());
    if (write) writeFileSync(ARABIC_METRICS_FILE, text);
    expect(readFileSync(ARABIC_METRICS_FILE, "utf8")).toBe(text);
  }, 120_000);
});
