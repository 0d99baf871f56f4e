import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../../scripts/prerender/renderSvg.ts";
import { STATIC_SIZES } from "../../../../scripts/prerender/staticGraphics.ts";
import { graphic } from "../../../../src/charts/registry.ts";
import { OFFENSIVE_END } from "../../../../src/dates.ts";
import { records } from "../records.ts";

/**
 * Each of the locator's states at the narrowest phone size, as the build draws it (the
 * story's beats do not name it yet, so the story's snapshots do not cover it). When one
 * changes, look at it before accepting it (`npx vitest run -u`).
 */
describe("locator state snapshots", () => {
  const phone = STATIC_SIZES.find((s) => s.key === "narrow") as (typeof STATIC_SIZES)[number];
  const size = { width: phone.width, height: phone.height };
  const locator = graphic("locator");
  it.each(locator.states)("%s", async (state) => {
    const at = { state, date: OFFENSIVE_END, highlight: [] };
    const svg = renderSvg(locator, records, at, size);
    await expect(svg).toMatchFileSnapshot(`../__snapshots__/locator/${state}.svg`);
  });
});
