import archieml from "archieml";
import { isStoryDate } from "../dates.ts";
import { CopyError } from "./CopyError.ts";
import { type ListBlock, listBlocks } from "./listBlocks.ts";
import { parsePublication } from "./parsePublication.ts";
import { type Beat, type KnownStates, SECTIONS, type Section, type Story } from "./story.ts";

const BEATS = {
  name: "beats",
  noun: "beat",
  keys: [
    "id",
    "section",
    "date",
    "graphic",
    "state",
    "highlight",
    "formerly",
    "contentNote",
    "text",
  ],
} as const;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const list = (value: unknown) =>
  typeof value === "string"
    ? value
        .split("|")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const REQUIRED = ["id", "section", "date", "graphic", "state", "text"] as const;

/**
 * Parses the ArchieML copy into a typed story and rejects anything the page could not show
 * faithfully: a missing field, an unknown graphic or state, a duplicate id, a bad date, a
 * correction out of order.
 * Every error names the line it came from.
 */
export function parseStory(text: string, file: string, known: KnownStates): Story {
  const blocks = listBlocks(text, file, BEATS);
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
    const block = blocks[i] as ListBlock;
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
    ...parsePublication(text, raw, file, beats),
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
