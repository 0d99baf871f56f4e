import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font } from "fontkit";
import { describe, expect, it } from "vitest";
import { ARABIC_FACES } from "../../../scripts/build/arabicMetrics.ts";
import { measure } from "../../../src/charts/measure.ts";
import { SLACK, textWidth } from "../../../src/charts/textMetrics.ts";
import { ar } from "../../../src/locale/ar.ts";
import { shipped } from "../data/fixtures.ts";

const require = createRequire(import.meta.url);

/** Chart lines the Arabic edition writes: fixed words and lines with figures and dates. */
function chartLines(): string[] {
  const { control, evacuation, casualties, map, common } = ar;
  const date = ar.chartDate("2016-12-13");
  const range = ar.formatRange(614, 990, true);
  return [
    control.title,
    map.title,
    evacuation.title,
    casualties.title,
    ...Object.values(control.turningPoints),
    ...control.labels.countTitle(8, 35),
    control.labels.pocketSize(date, `${ar.formatNumber(3.5)}${common.areaUnit}`),
    control.labels.oneLine("60%", ["المرصد السوري", "وزارة الدفاع الروسية"]),
    control.labels.claimHeading(2),
    ...control.labels.noShareYet.flat(),
    ...Object.values(map.legend.status),
    map.legend.note,
    map.legend.contested,
    map.labels.pocket(range, date),
    evacuation.labels.convoy(1, range),
    evacuation.labels.stillInsideOn(date),
    evacuation.labels.named("الصليب الأحمر", ar.formatNumber(34000)),
    ...Object.values(evacuation.pauses),
    ...Object.values(casualties.groups),
    casualties.methodLine,
    casualties.rows.left(4),
    casualties.rows.noClaims,
    ...shipped.districts.slice(0, 12).map((d) => map.districtName(d)),
    ...shipped.claimants.slice(1, 10).map((c) => common.claimant(c.id, c.short)),
    ...["2016-11-15", "2016-11-28", "2016-12-22"].map(ar.longDate),
  ];
}

const fontsOf = (weight: string) =>
  (ARABIC_FACES[weight] ?? []).map((f) => create(readFileSync(require.resolve(f))));

/** fontkit's shaped width of a line, each run in the first of the face's files that has it. */
function shapedWidth(text: string, fonts: readonly Font[]): number {
  const chars = [...text.replace(/[\u2066-\u2069]/g, "")];
  const fontOf = (ch: string) =>
    fonts.find((f) => f.hasGlyphForCodePoint(ch.codePointAt(0) as number)) ?? fonts[0];
  let width = 0;
  let run = "";
  let font: Font | undefined;
  for (const ch of [...chars, ""]) {
    const next = ch === "" ? undefined : fontOf(ch);
    if (ch !== "" && next === font) {
      run += ch;
      continue;
    }
    if (font && run)
      width += (font.layout(run) as unknown as { advanceWidth: number }).advanceWidth;
    [run, font] = [ch, next];
  }
  return width / (fonts[0]?.unitsPerEm ?? 1000);
}

describe("Arabic chart text is measured as the Arabic face shapes it", () => {
  const lines = chartLines().filter((l) => !l.includes("²"));
  it("measures some fifty lines of the edition", () => {
    expect(lines.length).toBeGreaterThanOrEqual(50);
  });

  it.each([["400"], ["700"]] as const)("within 3%% of fontkit's layout at %s", (weight) => {
    const fonts = fontsOf(weight);
    const m = measure(1, undefined, weight === "400" ? 400 : 700);
    const off = lines.flatMap((line) => {
      const ours = textWidth(line, m) / SLACK.shipped;
      const real = shapedWidth(line, fonts);
      const ratio = ours / real;
      return Math.abs(ratio - 1) > 0.03 ? [`${line}: ${ratio.toFixed(3)}`] : [];
    });
    expect(off).toEqual([]);
  });
});
