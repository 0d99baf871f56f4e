import type { Beat } from "../../src/content/story.ts";
import { enPage } from "../../src/locale/page/en.ts";
import type { PageWords } from "../../src/locale/page/types.ts";

const FEWEST_WORDS = 4;
const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
/** "On 8 December", "By the evening of 28 November 2016,": the link already says the date. */
const OPENING_DATE = new RegExp(
  `^(?:(?:on|by|later|early|around|the|morning|evening|night|of|\\d\\d:\\d\\d)\\s+){0,4}\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?,?\\s+`,
  "i",
);

/**
 * What each "Link to this moment" is called beyond its visible words: the beat's date and
 * its opening words (after any date they start with), as few as keep every link's name on
 * the page its own (several beats can share a date). Never the beat's id, which is not meant to be read.
 */
export function momentNames(
  beats: readonly Beat[],
  say: Pick<PageWords, "beatDate" | "momentName"> = enPage,
): Map<string, string> {
  const words = new Map(
    beats.map((b) => [b.id, b.text.replace(OPENING_DATE, "").split(/\s+/).filter(Boolean)]),
  );
  const name = (beat: Beat, count: number) => {
    const all = words.get(beat.id) ?? [];
    const opening = all
      .slice(0, count)
      .join(" ")
      .replace(/[\s,;:.!?–—-]+$/u, "");
    return say.momentName(say.beatDate(beat.date), `${opening}${count < all.length ? "…" : ""}`);
  };
  const names = new Map<string, string>();
  for (const beat of beats) {
    const length = words.get(beat.id)?.length ?? 0;
    let count = Math.min(FEWEST_WORDS, length);
    const taken = (text: string) =>
      beats.some((other) => other !== beat && name(other, count) === text);
    while (count < length && taken(name(beat, count))) count++;
    names.set(beat.id, name(beat, count));
  }
  return names;
}
