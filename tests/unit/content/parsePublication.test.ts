import { describe, expect, it } from "vitest";
import { CopyError } from "../../../src/content/CopyError.ts";
import { parseStory } from "../../../src/content/parseStory.ts";
import { dateModified } from "../../../src/content/story.ts";

const FILE = "src/content/story.aml";
const known = { map: ["overview"] };

/** A small story, published on `published`, closing with `corrections` when given. */
const story = (corrections: string | null, published: string | null = "2026-11-30") =>
  [
    "headline: A headline",
    "standfirst: A standfirst.",
    "dateline: 15 November – 22 December 2016",
    published === null ? "" : `published: ${published}`,
    "",
    "[beats]",
    "id: first-beat",
    "section: A divided city",
    "date: 2016-12-22",
    "graphic: map",
    "state: overview",
    "text: Some words.",
    "hed: A moment",
    "[]",
    "",
    "[about]",
    "* About it.",
    "[]",
    ...(corrections === null ? [] : ["", "[corrections]", corrections, "[]"]),
  ].join("\n");

const correction = (date: string, text = "An earlier version said one thing; it is another.") =>
  `date: ${date}\ntext: ${text}`;

/** The number of the `nth` line that starts with `start`, counting from 1. */
const lineOf = (text: string, start: string, nth = 1) => {
  let seen = 0;
  const index = text.split("\n").findIndex((l) => l.startsWith(start) && ++seen === nth);
  if (index === -1) throw new Error(`no line starts with ${start}`);
  return index + 1;
};

/** The same, counting only the lines inside [corrections]. */
const correctionLine = (text: string, start: string, nth = 1) => {
  const before = text.slice(0, text.indexOf("[corrections]")).split("\n").length - 1;
  return before + lineOf(text.split("\n").slice(before).join("\n"), start, nth);
};

const errorOf = (text: string) => {
  try {
    parseStory(text, FILE, known);
  } catch (error) {
    expect(error).toBeInstanceOf(CopyError);
    return (error as Error).message;
  }
  throw new Error("expected an error");
};

describe("parseStory: when the story was published, and its corrections", () => {
  it("reads the publication date, and no corrections when the copy has none", () => {
    const parsed = parseStory(story(null), FILE, known);
    expect(parsed.published).toBe("2026-11-30");
    expect(parsed.corrections).toEqual([]);
    expect(dateModified(parsed)).toBe("2026-11-30");
    expect(parseStory(story(""), FILE, known).corrections).toEqual([]);
  });

  it("types each correction, oldest first, with the line it starts on", () => {
    const text = story(
      [
        correction("2026-11-30", "Corrected on the day."),
        "",
        correction("2026-12-07", "  Trimmed.  "),
        correction("2026-12-07", "Same day."),
      ].join("\n"),
    );
    const parsed = parseStory(text, FILE, known);
    expect(parsed.corrections).toEqual([
      {
        date: "2026-11-30",
        text: "Corrected on the day.",
        line: correctionLine(text, "date: 2026-11-30"),
      },
      { date: "2026-12-07", text: "Trimmed.", line: correctionLine(text, "date: 2026-12-07") },
      { date: "2026-12-07", text: "Same day.", line: correctionLine(text, "date: 2026-12-07", 2) },
    ]);
    expect(dateModified(parsed)).toBe("2026-12-07");
  });

  it("rejects copy with no publication date, or one that is not a date", () => {
    expect(errorOf(story(null, null))).toBe(`${FILE}: is missing "published"`);
    const text = story(null, "30 November 2026");
    expect(errorOf(text)).toBe(
      `${FILE} line 4: published date "30 November 2026" is not a date (YYYY-MM-DD)`,
    );
    expect(errorOf(story(null, "2026-02-30"))).toMatch(/^\S+ line 4: published date "2026-02-30"/);
  });

  it("rejects a publication date before the last day the story tells of (a mistyped year)", () => {
    expect(errorOf(story(null, "2016-11-30"))).toBe(
      `${FILE} line 4: published date 2016-11-30 is before the last beat's date, 2016-12-22 (line 7)`,
    );
  });

  it("rejects a correction with no date or no text, naming its line", () => {
    const noText = story(`${correction("2026-12-07")}\n\n${correction("2026-12-08", "")}`);
    expect(errorOf(noText)).toBe(
      `${FILE} line ${correctionLine(noText, "text: ", 2)}: correction is missing "text"`,
    );
    const onlyDate = story("date: 2026-12-07");
    expect(errorOf(onlyDate)).toBe(
      `${FILE} line ${correctionLine(onlyDate, "date:")}: correction is missing "text"`,
    );
    const firstLacksDate = story("text: Words.\ndate: 2026-12-07");
    expect(errorOf(firstLacksDate)).toBe(
      `${FILE} line ${correctionLine(firstLacksDate, "text:")}: "text" comes before the first correction's date`,
    );
  });

  it("catches a correction that lost its date, which ArchieML would merge into the one before", () => {
    const text = story(`${correction("2026-12-07")}\n\ntext: A second correction.`);
    expect(errorOf(text)).toBe(
      `${FILE} line ${correctionLine(text, "text:", 2)}: "text" repeats within the correction that starts on line ${correctionLine(text, "date:")}; is a "date:" missing?`,
    );
  });

  it("rejects a correction date that is not a real date", () => {
    for (const date of ["7 December 2026", "2026-12-32", "2026-12"]) {
      const text = story(correction(date));
      expect(errorOf(text), date).toBe(
        `${FILE} line ${correctionLine(text, "date:")}: correction date "${date}" is not a date (YYYY-MM-DD)`,
      );
    }
  });

  it("rejects a correction dated before the story was published", () => {
    const text = story(correction("2026-11-29"));
    expect(errorOf(text)).toBe(
      `${FILE} line ${correctionLine(text, "date:")}: correction dated 2026-11-29 is before the story was published (2026-11-30)`,
    );
  });

  it("rejects corrections out of order, pointing at both", () => {
    const text = story(`${correction("2026-12-09")}\n\n${correction("2026-12-07")}`);
    expect(errorOf(text)).toBe(
      `${FILE} line ${correctionLine(text, "date: 2026-12-07")}: correction dated 2026-12-07 comes after one dated 2026-12-09 (line ${correctionLine(text, "date: 2026-12-09")}): list corrections oldest first`,
    );
  });

  it("rejects an unknown key in a correction", () => {
    const text = story(`${correction("2026-12-07")}\nby: The desk`);
    expect(errorOf(text)).toBe(
      `${FILE} line ${lineOf(text, "by:")}: unknown key "by" in a correction`,
    );
  });

  it("rejects corrections that are not a list of date and text items", () => {
    const bullets = story("* An earlier version was wrong.");
    expect(errorOf(bullets)).toBe(
      `${FILE} line ${lineOf(bullets, "[corrections]")}: found 0 corrections by line but ArchieML read 1: is each correction a "date:" and a "text:" line inside [corrections] … []?`,
    );
    const key = `${story(null)}\ncorrections: none`;
    expect(errorOf(key)).toMatch(
      new RegExp(
        `line ${lineOf(key, "corrections:")}: found 0 corrections by line but ArchieML read no list`,
      ),
    );
  });
});
