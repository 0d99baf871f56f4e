import { describe, expect, it } from "vitest";
import { CopyError } from "../../../src/content/CopyError.ts";
import { parseStory } from "../../../src/content/parseStory.ts";
import { SECTIONS } from "../../../src/content/story.ts";

const FILE = "src/content/story.aml";
const known = { map: ["overview", "front"], control: ["start"] };

const story = (beats: string) =>
  [
    "headline: A headline",
    "standfirst: A standfirst.",
    "dateline: 15 November – 22 December 2016",
    "",
    "[beats]",
    beats,
    "[]",
    "",
    "[about]",
    "* About it.",
    "[]",
    // Last, so that the beats' lines stay where these tests expect them.
    "published: 2026-11-30",
  ].join("\n");

const beat = (over: Record<string, string | null> = {}) => {
  const fields: Record<string, string | null> = {
    id: "first-beat",
    section: "A divided city",
    date: "2016-11-15",
    graphic: "map",
    state: "overview",
    text: "Some words about the day.",
    hed: "A day in the city",
    ...over,
  };
  return Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
};

const errorOf = (text: string) => {
  try {
    parseStory(text, FILE, known);
  } catch (error) {
    expect(error).toBeInstanceOf(CopyError);
    expect((error as Error).name).toBe("CopyError");
    return (error as Error).message;
  }
  throw new Error("expected an error");
};

describe("parseStory(text, file, knownStates)", () => {
  it("types a beat, its highlight list and the line it starts on", () => {
    const parsed = parseStory(story(beat({ highlight: "hanano | | sakhour |" })), FILE, known);
    expect(parsed.beats).toEqual([
      {
        id: "first-beat",
        hed: "A day in the city",
        section: "A divided city",
        date: "2016-11-15",
        graphic: "map",
        state: "overview",
        text: "Some words about the day.",
        highlight: ["hanano", "sakhour"],
        formerly: [],
        contentNote: undefined,
        line: 6,
      },
    ]);
  });

  it("keeps former ids so that old links land on the beat they were merged into", () => {
    const parsed = parseStory(story(beat({ formerly: "old-one | old-two" })), FILE, known);
    expect(parsed.beats[0]?.formerly).toEqual(["old-one", "old-two"]);
  });

  it("rejects a former id that is not kebab-case, is a current id, or is claimed twice", () => {
    expect(errorOf(story(beat({ formerly: "Old One" })))).toBe(
      `${FILE} line 13: former id "Old One" is not kebab-case`,
    );
    expect(
      errorOf(
        story(`${beat()}

${beat({ id: "second", formerly: "first-beat" })}`),
      ),
    ).toBe(`${FILE} line 14: former id "first-beat" is still a beat's id`);
    expect(
      errorOf(
        story(
          `${beat({ formerly: "gone" })}

${beat({ id: "second", formerly: "gone" })}`,
        ),
      ),
    ).toBe(`${FILE} line 15: former id "gone" is claimed by beats "first-beat" and "second"`);
  });

  it("trims a beat's text and its content note", () => {
    const parsed = parseStory(
      story(beat({ contentNote: "  A note.  ", text: "  Words.  " })),
      FILE,
      known,
    );
    expect(parsed.beats[0]?.text).toBe("Words.");
    expect(parsed.beats[0]?.contentNote).toBe("A note.");
  });

  it("rejects a list or object nested in a beat, whose lines the beat scan cannot follow", () => {
    // A nested list ends the line scan's beats early; ArchieML reads on: the counts differ.
    const second = beat({ id: "second-beat" });
    for (const nested of ["[.highlight]\n* hanano\n[]", "[.contentNote]\n* A note.\n[]"]) {
      expect(errorOf(story(`${beat()}\n${nested}\n\n${second}`)), nested).toBe(
        `${FILE}: found 1 beats by line but ArchieML read 2: is a list ([.key]) or object ({.key}) nested in a beat?`,
      );
    }
  });

  it("rejects an id that is not kebab-case", () => {
    expect(errorOf(story(beat({ id: "First_Beat" })))).toBe(
      `${FILE} line 6: beat id "First_Beat" is not kebab-case`,
    );
  });

  it("rejects an unknown graphic, naming its line", () => {
    expect(errorOf(story(beat({ graphic: "pie" })))).toBe(
      `${FILE} line 9: unknown graphic "pie" (expected one of: map, control)`,
    );
  });

  it("rejects an unknown state of a known graphic", () => {
    expect(errorOf(story(beat({ state: "finale" })))).toBe(
      `${FILE} line 10: unknown state "finale" for graphic "map" (expected one of: overview, front)`,
    );
  });

  it("rejects a duplicate id, pointing at both lines", () => {
    expect(errorOf(story(`${beat()}\n\n${beat()}`))).toBe(
      `${FILE} line 14: duplicate beat id "first-beat" (first on line 6)`,
    );
  });

  it("rejects a beat with no date", () => {
    expect(errorOf(story(beat({ date: null })))).toBe(`${FILE} line 6: beat is missing "date"`);
  });

  it("rejects a date outside the story", () => {
    expect(errorOf(story(beat({ date: "2017-01-04" })))).toBe(
      `${FILE} line 8: "2017-01-04" is not a date between 2016-10-01 and 2016-12-31`,
    );
  });

  it("catches a beat that lost its id, which ArchieML would merge into the one before", () => {
    expect(errorOf(story(`${beat()}\n\n${beat({ id: null })}`))).toBe(
      `${FILE} line 14: "section" repeats within the beat that starts on line 6; is an "id:" missing?`,
    );
  });

  it("rejects an unknown key and an unknown section", () => {
    expect(errorOf(story(beat({ colour: "red" })))).toBe(
      `${FILE} line 13: unknown key "colour" in a beat`,
    );
    expect(errorOf(story(beat({ section: "Epilogue" })))).toBe(
      `${FILE} line 7: unknown section "Epilogue" (expected one of: ${SECTIONS.join(", ")})`,
    );
    expect(errorOf(story(beat({ "colour ": "red" })))).toBe(
      `${FILE} line 13: unknown key "colour" in a beat`,
    );
  });

  it("rejects copy without about paragraphs or a headline", () => {
    expect(errorOf(story(beat()).replace("* About it.\n", ""))).toBe(
      `${FILE}: has no [about] paragraphs`,
    );
    expect(errorOf(story(beat()).replace("headline: A headline\n", ""))).toBe(
      `${FILE}: is missing "headline"`,
    );
  });

  it("rejects copy without a [beats] list, or a beat with an empty field", () => {
    expect(errorOf(story(beat()).replace("[beats]", "[scenes]"))).toBe(
      `${FILE}: has no [beats] list`,
    );
    expect(errorOf(story(beat({ text: "" })))).toBe(`${FILE} line 6: beat is missing "text"`);
  });

  it("wants each beat's hed: a short title, not a sentence, on its own line", () => {
    expect(errorOf(story(beat({ hed: null })))).toBe(`${FILE} line 6: beat is missing "hed"`);
    expect(errorOf(story(beat({ hed: "The offensive begins." })))).toBe(
      `${FILE} line 12: hed ends with a full stop: a title has none`,
    );
    expect(errorOf(story(beat({ hed: "كم مدنياً قُتل؟" })))).toBe(
      `${FILE} line 12: hed ends with a full stop: a title has none`,
    );
    expect(errorOf(story(beat({ hed: "x".repeat(49) })))).toBe(
      `${FILE} line 12: hed is 49 characters (at most 48)`,
    );
    expect(errorOf(story(beat()).replace("headline: A headline", "headline:"))).toBe(
      `${FILE}: is missing "headline"`,
    );
  });

  it("rejects a beat key before the first id", () => {
    expect(errorOf(story(`section: A divided city\n${beat()}`))).toBe(
      `${FILE} line 6: "section" comes before the first beat's id`,
    );
  });

  it("reads only lines that start with a key as a beat's keys", () => {
    const text =
      'Some words.\n"We are leaving": a fighter.\n— and one said: quietly.\nMore words.\n:end';
    const parsed = parseStory(story(beat({ text })), FILE, known);
    expect(parsed.beats[0]?.text).toBe(
      'Some words.\n"We are leaving": a fighter.\n— and one said: quietly.\nMore words.',
    );
  });

  it("reads keys after the beats list as the story's own, not a beat's", () => {
    const closed = story(beat()).replace("[]\n\n[about]", "[]\ncredit: The desk\n\n[about]");
    expect(parseStory(closed, FILE, known).beats).toHaveLength(1);
    const unclosed = story(beat()).replace("[]\n\n[about]", "[about]");
    expect(parseStory(`${unclosed}\ncredit: The desk`, FILE, known).about).toEqual(["About it."]);
  });

  it("rejects copy with no [about] list at all", () => {
    expect(errorOf(story(beat()).replace("[about]\n* About it.\n[]", ""))).toBe(
      `${FILE}: has no [about] paragraphs`,
    );
  });

  it("takes only text items as about paragraphs", () => {
    const text = story(beat()).replace("* About it.", "name: A key, not a paragraph");
    expect(errorOf(text)).toBe(`${FILE}: has no [about] paragraphs`);
  });

  it("trims a multi-line text and its blank lines", () => {
    const parsed = parseStory(
      story(beat({ text: "  First line.  \n  Second line.  \n\n:end" })),
      FILE,
      known,
    );
    expect(parsed.beats[0]?.text).toBe("First line.  \n  Second line.");
  });
});
