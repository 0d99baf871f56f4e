import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../scripts/prerender/renderSvg.ts";
import { STATIC_SIZES } from "../../../scripts/prerender/staticGraphics.ts";
import { graphic } from "../../../src/charts/registry.ts";
import { shippedStory as story } from "../content/shippedStory.ts";
import { records } from "./records.ts";

/**
 * One SVG per beat's graphic state at the narrowest phone size, as the build draws it. When one changes,
 * open the file and look at it before accepting it (`npx vitest run -u`).
 */
describe("graphic state snapshots", () => {
  const phone = STATIC_SIZES.find((s) => s.key === "narrow") as (typeof STATIC_SIZES)[number];
  const size = { width: phone.width, height: phone.height };
  it.each(story.beats.map((b) => [b.id, b] as const))("%s", async (id, beat) => {
    const state = { state: beat.state, date: beat.date, highlight: beat.highlight };
    const svg = renderSvg(graphic(beat.graphic), records, state, size);
    expect(renderSvg(graphic(beat.graphic), records, state, size)).toBe(svg);
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${beat.graphic}/${id}.svg`);
  });
});
