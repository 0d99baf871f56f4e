import archieml from "archieml";
import { CopyError } from "./CopyError.ts";
import { type ListBlock, listBlocks } from "./listBlocks.ts";
import { parseBeat } from "./parseBeat.ts";
import { parsePublication } from "./parsePublication.ts";
import type { Beat, KnownStates, Story } from "./story.ts";

const BEATS = {
  name: "beats",
  noun: "beat",
  keys: [
    "id",
    "hed",
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
  const beats = beatsRaw.map((item, i) =>
    parseBeat(item, blocks[i] as ListBlock, { file, known, seen }),
  );

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
