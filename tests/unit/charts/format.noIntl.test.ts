import { describe, expect, it, vi } from "vitest";

// The prerender's DOM (linkedom) makes an Intl formatter of its own as it loads; it runs at
// build time only. The spies go in after it, and before any chart module is imported, so a
// formatter a chart module makes as it loads counts too.
await import("linkedom");
const made = [
  vi.spyOn(Intl, "NumberFormat"),
  vi.spyOn(Intl, "DateTimeFormat"),
  vi.spyOn(Intl, "Collator"),
  vi.spyOn(String.prototype, "localeCompare"),
  vi.spyOn(Number.prototype, "toLocaleString"),
  vi.spyOn(Date.prototype, "toLocaleString"),
  vi.spyOn(Date.prototype, "toLocaleDateString"),
];

const { renderSvg } = await import("../../../scripts/prerender/renderSvg.ts");
const { STATIC_SIZES } = await import("../../../scripts/prerender/staticGraphics.ts");
const { graphic } = await import("../../../src/charts/registry.ts");
const { shippedStory } = await import("../content/shippedStory.ts");
const { records } = await import("./records.ts");

/**
 * A page's first Intl formatter or collator loads the browser's locale data: one long task
 * on a slow phone, just as the charts arrive. Every number and date on a chart is written by
 * our own code (formatNumber in format.ts, src/dates.ts), every Plot axis has its own tick
 * format, and dates are sorted by compareDates.
 */
describe("the charts' numbers and dates", () => {
  it("are written and sorted without Intl, in every beat's chart at every size", () => {
    let drawn = 0;
    for (const beat of shippedStory.beats) {
      for (const { width, height } of STATIC_SIZES) {
        const state = { state: beat.state, date: beat.date, highlight: beat.highlight };
        drawn += renderSvg(graphic(beat.graphic), records, state, { width, height }).length;
      }
    }
    expect(drawn).toBeGreaterThan(0);
    for (const spy of made) expect(spy).not.toHaveBeenCalled();
  });
});
