import { describe, expect, it } from "vitest";
import { renderExplore } from "../../../scripts/prerender/renderExplore.ts";
import { chartRecords } from "../../../src/data/chartRecords.ts";
import { keyDays } from "../../../src/explore/keyDays.ts";
import { ar } from "../../../src/locale/ar.ts";
import { arPage } from "../../../src/locale/page/ar.ts";
import { enPage } from "../../../src/locale/page/en.ts";
import { records } from "../charts/records.ts";
import { shipped } from "../data/fixtures.ts";

describe("renderExplore", () => {
  const page = renderExplore(records, enPage);

  it("writes a range input, one step a day, that reads its day in words", () => {
    expect(page).toMatch(
      /<input type="range" id="explore-slider"[^>]* dir="ltr" min="0" max="37" step="1" value="0" aria-valuetext="15 November 2016"/,
    );
    expect(page).toContain('<label for="explore-slider">Day</label>');
    expect(page).toContain(">Previous day</button>");
    expect(page).toContain(">Next day</button>");
    // Play is the script's to show, and only where motion is welcome.
    expect(page).toMatch(/<button [^>]*data-explore-play[^>]*hidden>Play<\/button>/);
  });

  it("writes the first day's sentence and a canvas for each graphic", () => {
    expect(page).toContain("On 15 November: government forces held 0 of 35 named districts");
    for (const name of ["map", "control", "evacuation"])
      expect(page).toContain(`data-explore-canvas="${name}"`);
  });

  it("writes the key days' table for readers without the script, a row a day", () => {
    const rows = page.match(/<tr><th scope="row">/g) ?? [];
    expect(rows).toHaveLength(keyDays(records).length);
    expect(page).toContain('<time datetime="2016-12-06">6 December 2016</time>');
    expect(page).toContain("more than 70% of the east under government control");
  });

  it("writes the Arabic section in Arabic words, the slider still left to right", () => {
    const arabic = renderExplore(chartRecords(shipped, undefined, ar), arPage);
    expect(arabic).toContain("استكشف يوماً بيوم");
    expect(arabic).toContain('aria-valuetext="15 تشرين الثاني 2016"');
    expect(arabic).toMatch(/<input type="range"[^>]* dir="ltr"/);
    expect(arabic).toContain("في 6 كانون الأول: ");
  });
});
