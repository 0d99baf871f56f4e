import { describe, expect, it } from "vitest";
import { exploreEmbedHtml, exploreEmbedList } from "../../../../scripts/embed/exploreEmbedPage.ts";
import { ARABIC_EDITION, ENGLISH_EDITION } from "../../../../scripts/prerender/pageEditions.ts";
import { chartRecords } from "../../../../src/data/chartRecords.ts";
import { ar } from "../../../../src/locale/ar.ts";
import { records } from "../../charts/records.ts";
import { shipped } from "../../data/fixtures.ts";

type Page = Parameters<typeof exploreEmbedHtml>[0];
const english = { edition: ENGLISH_EDITION, records } as unknown as Page;
const arabic = {
  edition: ARABIC_EDITION,
  records: chartRecords(shipped, undefined, ar),
} as unknown as Page;
const code = { script: "assets/explore-embed-x.js", styles: ["assets/explore-embed-x.css"] };

describe("the explore embed", () => {
  it("is listed for each edition, under its folder", () => {
    expect(exploreEmbedList([ENGLISH_EDITION, ARABIC_EDITION])).toEqual([
      { lang: "en", embed: "embed/explore.html" },
      { lang: "ar", embed: "ar/embed/explore.html" },
    ]);
  });

  it("writes the section alone, its code and theme one or two folders up", () => {
    const en = exploreEmbedHtml(english, ENGLISH_EDITION.folder, code);
    expect(en).toContain('<script type="module" src="../assets/explore-embed-x.js">');
    expect(en).toContain('<section class="explore" id="explore"');
    expect(en).toContain("<title>The fall of east Aleppo, day by day</title>");
    const rtl = exploreEmbedHtml(arabic, ARABIC_EDITION.folder, code);
    expect(rtl).toContain('<html lang="ar" dir="rtl"');
    expect(rtl).toContain('src="../../assets/explore-embed-x.js"');
    expect(rtl).toContain("استكشف يوماً بيوم");
  });
});
