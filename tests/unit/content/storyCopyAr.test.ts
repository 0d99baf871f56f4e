import { describe, expect, it } from "vitest";
import { SECTION_TITLES_AR } from "../../../src/content/sections.ar.ts";
import { SECTIONS } from "../../../src/content/story.ts";
import { AR_MONTHS_PAN_ARAB } from "../../../src/locale/ar.ts";
import { shipped } from "../data/fixtures.ts";
import {
  arabicStory as ar,
  arabicText,
  datesOf,
  figuresOf,
  loadedWords,
  missingClaimants,
} from "./arabicCopy.ts";
import { shippedStory as en } from "./shippedStory.ts";

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** The Arabic and English of each passage that must carry the same facts, with a label. */
function pairs(): [label: string, english: string, arabic: string][] {
  const at = <T>(list: readonly T[], i: number) => list[i] as T;
  return [
    ["standfirst", en.standfirst, ar.standfirst],
    ["dateline", en.dateline, ar.dateline],
    ...en.beats.map((b, i): [string, string, string] => [b.id, b.text, at(ar.beats, i).text]),
    ...en.about.map((p, i): [string, string, string] => [`about ${i + 1}`, p, at(ar.about, i)]),
    ...en.corrections.map((c, i): [string, string, string] => [
      `correction ${i + 1}`,
      c.text,
      at(ar.corrections, i).text,
    ]),
  ];
}

/** Every passage of the Arabic in our own voice, with a label. */
const arabicProse = (): [string, string][] => [
  ["headline", ar.headline],
  ["standfirst", ar.standfirst],
  ["dateline", ar.dateline],
  ...ar.beats.flatMap((b): [string, string][] => [
    [`${b.id} hed`, b.hed],
    [b.id, b.text],
    [`${b.id} note`, b.contentNote ?? ""],
  ]),
  ...ar.about.map((p, i): [string, string] => [`about ${i + 1}`, p]),
  ...ar.corrections.map((c, i): [string, string] => [`correction ${i + 1}`, c.text]),
  ...Object.entries(SECTION_TITLES_AR),
];

describe("the Arabic story copy", () => {
  it("parses with the English copy's checks, each beat a phone card's length", () => {
    expect(ar.beats.length).toBe(en.beats.length);
    for (const beat of ar.beats) {
      const n = words(beat.text).length;
      expect(n, `${beat.id} has ${n} words`).toBeLessThanOrEqual(60);
      expect(n, `${beat.id} has ${n} words`).toBeGreaterThanOrEqual(12);
    }
  });

  it("has the English beats in the English order, with their graphics, states and dates", () => {
    const frame = (s: typeof en) =>
      s.beats.map((b) => ({
        id: b.id,
        section: b.section,
        date: b.date,
        graphic: b.graphic,
        state: b.state,
        highlight: b.highlight,
        formerly: b.formerly,
        contentNote: b.contentNote !== undefined,
      }));
    expect(frame(ar)).toEqual(frame(en));
    expect(ar.published).toBe(en.published);
    expect(ar.about.length).toBe(en.about.length);
  });

  it("carries the English figures in each passage, as numbers, never averaged", () => {
    expect(figuresOf("On 15 December 2016, 3,400–5,000 left; 60% and 3.5 km², 34,000+")).toEqual([
      "3.5",
      "3400",
      "34000",
      "5000",
      "60",
    ]);
    expect(
      figuresOf("في 15 كانون الأول 2016 غادر ما بين ٣٬٤٠٠ و5,000؛ 60% و٣٫٥ كم² و34,000"),
    ).toEqual(["3.5", "3400", "34000", "5000", "60"]);
    for (const [label, english, arabic] of pairs()) {
      expect(figuresOf(arabic), label).toEqual(figuresOf(english));
    }
  });

  it("names the English dates in each passage, in the edition's months", () => {
    expect(datesOf("On 15 December, and in January 2017")).toEqual(["15-12", "2017"]);
    expect(datesOf("15 تشرين الثاني/نوفمبر – 22 كانون الأول 2016")).toEqual([
      "15-11",
      "2016",
      "22-12",
    ]);
    for (const [label, english, arabic] of pairs()) {
      expect(datesOf(arabic), label).toEqual(datesOf(english));
    }
  });

  it("gives each claim to the claimant the English gives it to", () => {
    expect(
      missingClaimants("SOHR said 8,500; the Red Cross said 10,000.", "قال المرصد السوري"),
    ).toEqual(["the Red Cross"]);
    for (const [label, english, arabic] of pairs()) {
      expect(missingClaimants(english, arabic), label).toEqual([]);
    }
  });

  it("names each place the English names by its Arabic name in data/districts.csv", () => {
    const plain = (text: string) => text.replace(/[\u064B-\u0652]/g, "");
    const escapeName = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const [label, english, arabic] of pairs()) {
      for (const d of shipped.districts) {
        const names = [d.name, ...(d.variants ?? [])].map(escapeName).join("|");
        if (!new RegExp(`\\b(${names})\\b`).test(english)) continue;
        expect(plain(arabic), `${label}: ${d.id}`).toContain(d.name_ar);
      }
    }
  });

  it("keeps words that take a side inside attributed quotations only", () => {
    expect(
      loadedWords("تحرير حلب، والإرهابيين، وقوات النظام، والشهداء، ومجزرة، والعصابات، للمرتزقة"),
    ).toHaveLength(7);
    expect(loadedWords("قال: «تحرير حلب من الإرهابيين». نظام التشغيل، المعارضة المسلحة")).toEqual(
      [],
    );
    for (const [label, text] of arabicProse()) expect(loadedWords(text), label).toEqual([]);
  });

  it("keeps the English corrections: as many, on the same dates", () => {
    expect(ar.corrections.map((c) => c.date)).toEqual(en.corrections.map((c) => c.date));
  });

  it("gives every section an Arabic title", () => {
    expect(Object.keys(SECTION_TITLES_AR).sort()).toEqual([...SECTIONS].sort());
    for (const title of Object.values(SECTION_TITLES_AR))
      expect(title).toMatch(/^[\u0600-\u06FF ]+$/);
  });

  it("writes Western digits and Syriac months, pairing the pan-Arab name in the dateline only", () => {
    expect(arabicText).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]/);
    const panArab = new RegExp(AR_MONTHS_PAN_ARAB.join("|"));
    for (const [label, text] of arabicProse().filter(([l]) => l !== "dateline"))
      expect(text, label).not.toMatch(panArab);
    expect(ar.dateline).not.toMatch(new RegExp(`(?<!/)(${AR_MONTHS_PAN_ARAB.join("|")})`));
  });
});
