import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWN_STATES } from "../../../src/charts/registry.ts";
import { parseStory } from "../../../src/content/parseStory.ts";

const ROOT = join(import.meta.dirname, "../../..");
const COPY = "src/content/story.aml";
const story = parseStory(readFileSync(join(ROOT, COPY), "utf8"), COPY, KNOWN_STATES);

/** Every beat id the story has ever published: links to them must keep landing somewhere. */
const PUBLISHED_IDS = [
  "divided-city",
  "five-weeks",
  "toll-disputed",
  "russian-fleet",
  "offensive-announced",
  "the-forces",
  "zouhor-hill",
  "into-hanano",
  "hanano-falls",
  "lines-break",
  "flight-across",
  "northeast-falls",
  "southeast-opens",
  "sheikh-saeed-retaken",
  "airport-road",
  "citadel-in-sight",
  "hunger-inside",
  "seventy-percent",
  "old-city-falls",
  "north-abandoned",
  "humanitarian-pause",
  "fifty-thousand",
  "bridge-struck",
  "river-retreat",
  "civilians-cross",
  "surrenders",
  "execution-reports",
  "un-evidence",
  "pocket-west",
  "children-trapped",
  "first-ceasefire",
  "deal-stalls",
  "ceasefire-broken",
  "second-deal",
  "first-convoy",
  "convoy-numbers",
  "still-to-leave",
  "counts-diverge",
  "evacuation-halted",
  "russia-declares",
  "convoys-resume",
  "numbers-disputed",
  "last-evacuees",
  "city-retaken",
  "death-tolls",
  "who-fired",
  "fighters-killed",
  "captured-total",
  "prisoner-allegation",
  "booby-traps",
  "reactions",
  "turning-point",
  "fleet-sails",
  "strikes-begin",
  "first-assaults",
  "execution-denials",
  "convoys-fired-on",
];

/**
 * How the copy names each claimant when it gives a claim: a beat gives at most two of them a
 * voice. One organisation is one voice, whoever speaks for it (the UN's envoy, its rights
 * office and UNICEF are the UN; Russia's officials, ministry and generals are Russia).
 * "Reported", where the source names no one, is no voice.
 */
const VOICES: Record<string, RegExp> = {
  SOHR: /\bSOHR\b|Syrian Observatory/,
  "the Red Cross": /\bRed Cross\b/,
  Russia:
    /Russia(n)? ?(said|officials|'s (defence|military|UN|general|Lt)|military|defence)|Russia said|Lt-Gen\. Sergei Rudskoi/,
  "the UN": /(?<!Russia's )\b(UN|UNICEF)\b(?! Security Council)|Egeland|de Mistura|Laerke/,
  "the Syrian army or government":
    /Syrian army (accused|said|declared|then declared)|Syrian army and|Brig\. Gen\.|Syria's president|military officer/,
  rebels:
    /\b[Rr]ebels? (said|officials?|denied|put)|rebel official|leader of Ahrar al-Sham|rebels said/,
  Amnesty: /Amnesty/,
  Turkey: /Turkey's president/,
  "Al-Masdar": /Al-Masdar/,
};
/** The claimants a beat gives a voice. */
const voicesIn = (text: string) =>
  Object.entries(VOICES)
    .filter(([, pattern]) => pattern.test(text))
    .map(([name]) => name);

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
/**
 * The figures a reader must hold in mind: numerals, a range or "+" counting as one, leaving
 * out dates ("27 November") and years, which the progress line already carries.
 */
function figuresIn(text: string): string[] {
  const withoutDates = text
    .replace(new RegExp(`\\b\\d{1,2} (${MONTHS})\\b`, "g"), "")
    .replace(/\b(19|20)\d\d\b/g, "");
  return withoutDates.match(/\d[\d,.]*(?:–\d[\d,.]*)?\+?%?/g) ?? [];
}
/** The words of the text that stand outside quotation marks: our own voice. */
const ownVoice = (text: string) => text.replace(/"[^"]*"|“[^”]*”/g, " ");

describe("the shipped story copy", () => {
  it("has 30 to 40 beats, each one idea short enough for a phone card", () => {
    expect(story.beats.length).toBeGreaterThanOrEqual(30);
    expect(story.beats.length).toBeLessThanOrEqual(40);
    for (const beat of story.beats) {
      const n = words(beat.text).length;
      expect(n, `${beat.id} has ${n} words`).toBeLessThanOrEqual(60);
      expect(n, `${beat.id} has ${n} words`).toBeGreaterThanOrEqual(12);
    }
  });

  it("gives no beat more than three figures", () => {
    expect(figuresIn("On 27 November 2016, 400–600 left; 60% and 3.5 km², 34,000+")).toEqual([
      "400–600",
      "60%",
      "3.5",
      "34,000+",
    ]);
    for (const beat of story.beats) {
      const figures = figuresIn(beat.text);
      expect(figures, `${beat.id}: ${figures.join(", ")}`).toHaveLength(
        Math.min(figures.length, 3),
      );
    }
  });

  it("gives at most two claimants a voice in any beat", () => {
    expect(
      voicesIn("SOHR said 8,500; the Red Cross said 10,000; rebel officials said fewer."),
    ).toEqual(["SOHR", "the Red Cross", "rebels"]);
    expect(voicesIn("Government forces, backed by Russian air power, took Hanano.")).toEqual([]);
    for (const beat of story.beats) {
      const voices = voicesIn(beat.text);
      expect(voices.length, `${beat.id}: ${voices.join(", ")}`).toBeLessThanOrEqual(2);
    }
  });

  it("does not read as a log: few beats open with a date", () => {
    const dated = story.beats.filter((b) =>
      new RegExp(`^(On|By) (the [a-z]+ of )?\\d{1,2} (${MONTHS})`).test(b.text),
    );
    expect(dated.length, dated.map((b) => b.id).join(", ")).toBeLessThanOrEqual(
      Math.floor(story.beats.length / 6),
    );
  });

  it("puts a content note before the killings and before the alleged killing of prisoners", () => {
    const firstOf = (state: string) => story.beats.find((b) => b.state === state);
    expect(firstOf("executions")?.contentNote).toMatch(/killings/);
    expect(firstOf("prisoners")?.contentNote).toMatch(/captured soldiers/);
  });

  it("keeps partisan words inside attributed quotations only", () => {
    const prose = [
      story.standfirst,
      ...story.beats.map((b) => b.text),
      ...story.about,
      ...story.corrections.map((c) => c.text),
    ];
    for (const text of prose) {
      expect(ownVoice(text)).not.toMatch(
        /\b(liberat\w*|terroris\w*|regime|martyr\w*|massacre\w*)\b/i,
      );
    }
  });

  it("uses every state the graphics offer: none is kept that no beat shows", () => {
    const used = new Set(story.beats.map((b) => `${b.graphic}:${b.state}`));
    const unused = Object.entries(KNOWN_STATES).flatMap(([graphic, states]) =>
      states.filter((state) => !used.has(`${graphic}:${state}`)).map((s) => `${graphic}:${s}`),
    );
    expect(unused).toEqual([]);
  });

  it("keeps every published beat id reachable, as a beat or a former id", () => {
    const reachable = new Set(story.beats.flatMap((b) => [b.id, ...b.formerly]));
    for (const id of PUBLISHED_IDS) expect(reachable.has(id), id).toBe(true);
  });

  it("shares no run of eight words with the source article", () => {
    const source = join(ROOT, "data/source/aleppo-offensive-2016.txt");
    expect(existsSync(source), `the source article is expected at ${source}`).toBe(true);
    const tokens = (s: string) =>
      s
        .toLowerCase()
        .replace(/[’']/g, "'")
        .match(/[a-z0-9']+/g) ?? [];
    const runs = (t: string[]) =>
      t.slice(0, Math.max(0, t.length - 7)).map((_, i) => t.slice(i, i + 8).join(" "));
    const sourceRuns = new Set(runs(tokens(readFileSync(source, "utf8"))));
    const prose = [
      story.standfirst,
      ...story.beats.map((b) => b.text),
      ...story.about,
      ...story.corrections.map((c) => c.text),
    ];
    for (const text of prose) {
      const copied = runs(tokens(text)).filter((r) => sourceRuns.has(r));
      expect(copied, text.slice(0, 60)).toEqual([]);
    }
  });
});
