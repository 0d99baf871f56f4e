import archieml from "archieml";
import { isStoryDate } from "../dates.ts";
import { CopyError } from "./CopyError.ts";
import { type Beat, type KnownStates, SECTIONS, type Section, type Story } from "./story.ts";

const BEAT_KEYS = [
  "id",
  "section",
  "date",
  "graphic",
  "state",
  "highlight",
  "formerly",
  "contentNote",
  "text",
];
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const list = (value: unknown) =>
  typeof value === "string"
    ? value
        .split("|")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const REQUIRED = ["id", "section", "date", "graphic", "state", "text"] as const;

interface BeatBlock {
  /** The line of its `id:`, which starts every beat. */
  line: number;
  /** The line of each other key. */
  keys: Map<string, number>;
}

/**
 * Parses the ArchieML copy into a typed story and rejects anything the page could not show
 * faithfully: a missing field, an unknown graphic or state, a duplicate id, a bad date.
 * Every error names the line it came from.
 */
export function parseStory(text: string, file: string, known: KnownStates): Story {
  const blocks = beatBlocks(text, file);
  const raw = archieml.load(text);
  const beatsRaw = Array.isArray(raw.beats) ? (raw.beats as Record<string, unknown>[]) : [];
  if (beatsRaw.length === 0) throw new CopyError(file, null, "has no [beats] list");
  if (beatsRaw.length !== blocks.length) {
    throw new CopyError(
      file,
      null,
      `found ${blocks.length} beats by line but ArchieML read ${beatsRaw.length}: is a list ([.key]) or object ({.key}) nested in a beat?`,
    );
  }

  const seen = new Map<string, number>();
  const beats = beatsRaw.map((item, i): Beat => {
    const block = blocks[i] as BeatBlock;
    const at = (key: string) => block.keys.get(key) ?? block.line;
    for (const key of REQUIRED) {
      if (typeof item[key] !== "string" || item[key] === "") {
        throw new CopyError(file, block.line, `beat is missing "${key}"`);
      }
    }
    const beat = item as Record<(typeof REQUIRED)[number], string> & Record<string, unknown>;
    const first = seen.get(beat.id);
    if (first !== undefined)
      throw new CopyError(
        file,
        block.line,
        `duplicate beat id "${beat.id}" (first on line ${first})`,
      );
    seen.set(beat.id, block.line);
    if (!KEBAB.test(beat.id)) {
      throw new CopyError(file, block.line, `beat id "${beat.id}" is not kebab-case`);
    }
    if (!(SECTIONS as readonly string[]).includes(beat.section)) {
      throw new CopyError(
        file,
        at("section"),
        `unknown section "${beat.section}" (expected one of: ${SECTIONS.join(", ")})`,
      );
    }
    if (!isStoryDate(beat.date)) {
      throw new CopyError(
        file,
        at("date"),
        `"${beat.date}" is not a date between 2016-10-01 and 2016-12-31`,
      );
    }
    const states = known[beat.graphic];
    if (!states) {
      throw new CopyError(
        file,
        at("graphic"),
        `unknown graphic "${beat.graphic}" (expected one of: ${Object.keys(known).join(", ")})`,
      );
    }
    if (!states.includes(beat.state)) {
      throw new CopyError(
        file,
        at("state"),
        `unknown state "${beat.state}" for graphic "${beat.graphic}" (expected one of: ${states.join(", ")})`,
      );
    }
    const formerly = list(item.formerly);
    for (const old of formerly) {
      if (!KEBAB.test(old)) {
        throw new CopyError(file, at("formerly"), `former id "${old}" is not kebab-case`);
      }
    }
    return {
      id: beat.id,
      section: beat.section as Section,
      date: beat.date,
      graphic: beat.graphic,
      state: beat.state,
      // ArchieML trims every value itself (parseStory.test.ts holds it to that).
      text: beat.text,
      highlight: list(item.highlight),
      formerly,
      contentNote: typeof item.contentNote === "string" ? item.contentNote : undefined,
      line: block.line,
    };
  });

  checkFormerIds(beats, file);

  const field = (key: string) => {
    const value = raw[key];
    if (typeof value !== "string" || value.trim() === "")
      throw new CopyError(file, null, `is missing "${key}"`);
    return value.trim();
  };
  const about = Array.isArray(raw.about)
    ? raw.about.filter((p): p is string => typeof p === "string")
    : [];
  if (about.length === 0) throw new CopyError(file, null, "has no [about] paragraphs");

  return {
    headline: field("headline"),
    standfirst: field("standfirst"),
    dateline: field("dateline"),
    beats,
    about,
  };
}

/**
 * A former id keeps old links working, so it must name one beat only: never a current id,
 * never two beats.
 */
function checkFormerIds(beats: readonly Beat[], file: string) {
  const current = new Set(beats.map((b) => b.id));
  const claimed = new Map<string, string>();
  for (const beat of beats) {
    for (const old of beat.formerly) {
      if (current.has(old)) {
        throw new CopyError(file, beat.line, `former id "${old}" is still a beat's id`);
      }
      const other = claimed.get(old);
      if (other !== undefined) {
        throw new CopyError(
          file,
          beat.line,
          `former id "${old}" is claimed by beats "${other}" and "${beat.id}"`,
        );
      }
      claimed.set(old, beat.id);
    }
  }
}

/**
 * Finds where each beat starts and which keys it sets, line by line, so errors can point at
 * a line and a beat that lost its `id:` (ArchieML would silently merge it into the previous
 * one) is caught as a repeated key.
 */
function beatBlocks(text: string, file: string): BeatBlock[] {
  const blocks: BeatBlock[] = [];
  let inBeats = false;
  text.split("\n").forEach((content, i) => {
    const line = i + 1;
    const trimmed = content.trim();
    if (/^\[beats\]$/i.test(trimmed)) inBeats = true;
    else if (/^\[\]$/.test(trimmed) || /^\[[^\]]+\]$/.test(trimmed)) inBeats = false;
    if (!inBeats) return;
    const key = /^([A-Za-z][\w-]*)\s*:/.exec(trimmed)?.[1];
    if (!key) return;
    if (!BEAT_KEYS.includes(key)) throw new CopyError(file, line, `unknown key "${key}" in a beat`);
    if (key === "id") {
      blocks.push({ line, keys: new Map() });
      return;
    }
    const block = blocks.at(-1);
    if (!block) throw new CopyError(file, line, `"${key}" comes before the first beat's id`);
    if (block.keys.has(key)) {
      throw new CopyError(
        file,
        line,
        `"${key}" repeats within the beat that starts on line ${block.line}; is an "id:" missing?`,
      );
    }
    block.keys.set(key, line);
  });
  return blocks;
}
