import { compareDates, isIsoDate } from "../dates.ts";
import { CopyError } from "./CopyError.ts";
import { type ListBlock, listBlocks } from "./listBlocks.ts";
import type { Beat, Correction } from "./story.ts";

const CORRECTIONS = { name: "corrections", noun: "correction", keys: ["date", "text"] } as const;

/** The first line that matches, or null when none does. */
function lineOf(text: string, pattern: RegExp): number | null {
  const index = text.split("\n").findIndex((l) => pattern.test(l.trim()));
  return index === -1 ? null : index + 1;
}

/**
 * When the story was first published and what readers have been told was corrected since:
 * `published:` and the `[corrections]` list. A story cannot be published before the last day
 * it tells of; each correction has a real date, no earlier than publication and no earlier
 * than the one before it (the list runs oldest first), and its text.
 */
export function parsePublication(
  text: string,
  raw: Record<string, unknown>,
  file: string,
  beats: readonly Beat[],
): { published: string; corrections: Correction[] } {
  const published = parsePublished(text, raw, file, beats);
  return { published, corrections: parseCorrections(text, raw, file, published) };
}

function parsePublished(
  text: string,
  raw: Record<string, unknown>,
  file: string,
  beats: readonly Beat[],
): string {
  const value = typeof raw.published === "string" ? raw.published.trim() : "";
  const line = lineOf(text, /^published\s*:/);
  if (value === "") throw new CopyError(file, line, 'is missing "published"');
  if (!isIsoDate(value))
    throw new CopyError(file, line, `published date "${value}" is not a date (YYYY-MM-DD)`);
  const last = beats.reduce((a, b) => (compareDates(b.date, a.date) > 0 ? b : a));
  if (compareDates(value, last.date) < 0) {
    throw new CopyError(
      file,
      line,
      `published date ${value} is before the last beat's date, ${last.date} (line ${last.line})`,
    );
  }
  return value;
}

function parseCorrections(
  text: string,
  raw: Record<string, unknown>,
  file: string,
  published: string,
): Correction[] {
  const blocks = listBlocks(text, file, CORRECTIONS);
  if (raw.corrections === undefined && blocks.length === 0) return [];
  const items = Array.isArray(raw.corrections) ? raw.corrections : null;
  if (!items || items.length !== blocks.length) {
    throw new CopyError(
      file,
      blocks[0]?.line ?? lineOf(text, /^(\[corrections\]|corrections\s*:)/i),
      `found ${blocks.length} corrections by line but ArchieML read ${items?.length ?? "no list"}: is each correction a "date:" and a "text:" line inside [corrections] … []?`,
    );
  }
  const corrections: Correction[] = [];
  items.forEach((item, i) => {
    const correction = checkCorrection(item, blocks[i] as ListBlock, file);
    const before = corrections.at(-1);
    const at = (blocks[i] as ListBlock).line;
    if (compareDates(correction.date, published) < 0)
      throw new CopyError(
        file,
        at,
        `correction dated ${correction.date} is before the story was published (${published})`,
      );
    if (before && compareDates(correction.date, before.date) < 0)
      throw new CopyError(
        file,
        at,
        `correction dated ${correction.date} comes after one dated ${before.date} (line ${before.line}): list corrections oldest first`,
      );
    corrections.push(correction);
  });
  return corrections;
}

function checkCorrection(item: unknown, block: ListBlock, file: string): Correction {
  const fields = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
  for (const key of CORRECTIONS.keys) {
    const value = fields[key];
    if (typeof value !== "string" || value.trim() === "")
      throw new CopyError(
        file,
        block.keys.get(key) ?? block.line,
        `correction is missing "${key}"`,
      );
  }
  const date = (fields.date as string).trim();
  if (!isIsoDate(date))
    throw new CopyError(file, block.line, `correction date "${date}" is not a date (YYYY-MM-DD)`);
  return { date, text: (fields.text as string).trim(), line: block.line };
}
