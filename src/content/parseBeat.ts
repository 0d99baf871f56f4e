import { isStoryDate } from "../dates.ts";
import { CopyError } from "./CopyError.ts";
import type { ListBlock } from "./listBlocks.ts";
import { type Beat, type KnownStates, SECTIONS, type Section } from "./story.ts";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const list = (value: unknown) =>
  typeof value === "string"
    ? value
        .split("|")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const REQUIRED = ["id", "hed", "section", "date", "graphic", "state", "text"] as const;

type RawBeat = Record<(typeof REQUIRED)[number], string> & Record<string, unknown>;

/** What checking one beat needs from the whole copy. */
export interface BeatContext {
  file: string;
  known: KnownStates;
  /** The line of each beat id met so far. */
  seen: Map<string, number>;
}

/**
 * One beat of the copy, as ArchieML read it, checked field by field: every error names the
 * line of the field at fault, or the beat's own line where the fault is the beat's.
 */
export function parseBeat(
  item: Record<string, unknown>,
  block: ListBlock,
  context: BeatContext,
): Beat {
  const { file, known } = context;
  const at = (key: string) => block.keys.get(key) ?? block.line;
  const beat = requireFields(item, block, file);
  checkId(beat.id, block, context);
  checkHed(beat.hed, file, at("hed"));
  checkSection(beat.section, file, at("section"));
  if (!isStoryDate(beat.date)) {
    throw new CopyError(
      file,
      at("date"),
      `"${beat.date}" is not a date between 2016-10-01 and 2016-12-31`,
    );
  }
  checkGraphicState(beat, known, file, at);
  const formerly = list(item.formerly);
  for (const old of formerly) {
    if (!KEBAB.test(old)) {
      throw new CopyError(file, at("formerly"), `former id "${old}" is not kebab-case`);
    }
  }
  return {
    id: beat.id,
    hed: beat.hed,
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
}

function requireFields(item: Record<string, unknown>, block: ListBlock, file: string): RawBeat {
  for (const key of REQUIRED) {
    if (typeof item[key] !== "string" || item[key] === "") {
      throw new CopyError(file, block.line, `beat is missing "${key}"`);
    }
  }
  return item as RawBeat;
}

/** An id is a link's target: one beat's only, and written as a URL fragment can carry it. */
function checkId(id: string, block: ListBlock, { file, seen }: BeatContext) {
  const first = seen.get(id);
  if (first !== undefined)
    throw new CopyError(file, block.line, `duplicate beat id "${id}" (first on line ${first})`);
  seen.set(id, block.line);
  if (!KEBAB.test(id)) {
    throw new CopyError(file, block.line, `beat id "${id}" is not kebab-case`);
  }
}

/** A title of the moment: a line of a link preview, so short and a phrase, not a sentence. */
export const HED_MAX_LENGTH = 48;

function checkHed(hed: string, file: string, line: number) {
  if (hed.length > HED_MAX_LENGTH)
    throw new CopyError(file, line, `hed is ${hed.length} characters (at most ${HED_MAX_LENGTH})`);
  if (/[.!?؟]$/.test(hed))
    throw new CopyError(file, line, "hed ends with a full stop: a title has none");
}

function checkSection(section: string, file: string, line: number) {
  if (!(SECTIONS as readonly string[]).includes(section)) {
    throw new CopyError(
      file,
      line,
      `unknown section "${section}" (expected one of: ${SECTIONS.join(", ")})`,
    );
  }
}

function checkGraphicState(
  beat: RawBeat,
  known: KnownStates,
  file: string,
  at: (key: string) => number,
) {
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
}
