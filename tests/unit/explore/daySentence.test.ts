import { describe, expect, it } from "vitest";
import { chartRecords } from "../../../src/data/chartRecords.ts";
import { daySentence } from "../../../src/explore/daySentence.ts";
import { exploreDays } from "../../../src/explore/days.ts";
import { ar } from "../../../src/locale/ar.ts";
import { arPage } from "../../../src/locale/page/ar.ts";
import { enPage } from "../../../src/locale/page/en.ts";
import { records } from "../charts/records.ts";
import { shipped } from "../data/fixtures.ts";

const en = (day: string) => daySentence(records, day, enPage.explore);
const arRecords = chartRecords(shipped, undefined, ar);
const arabic = (day: string) => daySentence(arRecords, day, arPage.explore);

describe("daySentence, English", () => {
  it("opens with the day and says what was not yet reported on the first day", () => {
    expect(en("2016-11-15")).toBe(
      "On 15 November: government forces held 0 of 35 named districts of the east; no share of the east under government control reported yet; no running count of people evacuated yet.",
    );
  });

  it("gives the latest reported share with its claimant and date, qualifier kept", () => {
    expect(en("2016-12-06")).toContain(
      "more than 70% of the east under government control (as reported, 6 December)",
    );
    expect(en("2016-12-05")).toContain(
      "60% of the east under government control (as reported, 2 December)",
    );
  });

  it("names each claimant of complete control, not as a share", () => {
    expect(en("2016-12-12")).not.toContain("whole city");
    expect(en("2016-12-22")).toContain(
      "control of the whole city claimed by Russian officials, the Russian MoD, SOHR and the Syrian army",
    );
  });

  it("gives every claimant's own running total, side by side, never averaged", () => {
    const sentence = en("2016-12-22");
    expect(sentence).toContain("nearly 10,000 civilians (as reported, 27 November)");
    expect(sentence).toContain("10,500 people (per Russian officials, 8 December)");
    expect(sentence).toContain("16,200 people (per SOHR, 20 December)");
    expect(sentence).toContain("over 34,000 people (per the Red Cross, 22 December)");
    // Nothing else: no sum, no mean, no figure of ours.
    const figures = sentence.match(/\d[\d,]*/g)?.filter((f) => f.length > 3);
    expect(figures).toEqual(["10,000", "10,500", "16,200", "34,000"]);
  });

  it("shows a day's change in the district count from the map's view", () => {
    expect(en("2016-11-27")).toContain("held 9 of 35 named districts");
    expect(en("2016-11-28")).not.toContain("held 9 of 35");
  });

  it("keeps a range a range", () => {
    const control = shipped.control.map((c) =>
      c.id === "ctl-09" ? { ...c, value_low: 55, value_high: 60 } : c,
    );
    const ranged = chartRecords({ ...shipped, control });
    expect(daySentence(ranged, "2016-12-03", enPage.explore)).toContain("55–60% of the east");
  });

  it("writes one sentence for every day", () => {
    for (const day of exploreDays()) expect(en(day)).toMatch(/^On \d+ (November|December): .+\.$/);
  });
});

describe("daySentence, Arabic", () => {
  it("opens with the day in the Syriac month and writes the same figures and claimants", () => {
    const sentence = arabic("2016-12-22");
    expect(sentence.startsWith("في 22 كانون الأول: ")).toBe(true);
    expect(sentence).toContain("سيطرت القوات الحكومية على 29 من 35 حياً مسمّى في الشرق");
    expect(sentence).toContain("(بحسب المرصد السوري، 20 كانون الأول)");
    expect(sentence).toContain("(بحسب الصليب الأحمر، 22 كانون الأول)");
    expect(sentence).toContain("16,200");
    expect(sentence).toContain("34,000");
  });

  it("writes no English word", () => {
    for (const day of exploreDays()) expect(arabic(day)).not.toMatch(/[A-Za-z]{2,}/);
  });
});
