import { en } from "../locale/en.ts";
import type { Edition } from "../locale/types.ts";
import { claimantName } from "./format.ts";
import { joinNames } from "./list.ts";
import type { ChartRecords, GraphicDefinition, GraphicState } from "./types.ts";

/** The longest a live-region announcement may be, in characters. */
export const MAX_ANNOUNCEMENT = 140;

/** "per SOHR", or "as reported" where the source names no claimant. */
export function perClaimant(records: ChartRecords, id: string): string {
  const who = claimantName(records, id);
  const { common } = records.edition;
  return who === "reported" ? common.asReported : common.perClaimant(who);
}

/** "A, B and C", or "A and 4 more": a headline names a few and counts the rest. */
export function someNames(names: readonly string[], most = 3, edition: Edition = en): string {
  if (names.length <= most) return joinNames(names, edition);
  return edition.common.someMore(names.slice(0, most - 1), names.length - most + 1);
}

/** Parts after the first are added while the line stays short; an overlong first part
 * is cut at a word. */
function shortLine(lead: string, parts: readonly string[]): string {
  let line = `${lead}${parts[0] ?? ""}`;
  for (const part of parts.slice(1)) {
    if (line.length + 2 + part.length > MAX_ANNOUNCEMENT) break;
    line = `${line}; ${part}`;
  }
  if (line.length <= MAX_ANNOUNCEMENT) return line;
  return `${line.slice(0, MAX_ANNOUNCEMENT - 1).replace(/\s+\S*$/, "")}…`;
}

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * What the live region says when a beat's state comes on screen, in one short line: the
 * graphic's short title and the headline when the graphic has just changed ("District
 * map, 28 November: Sakhour taken by government forces"), the headline alone when only
 * its state has.
 */
export function announcements(
  definition: GraphicDefinition,
  records: ChartRecords,
  state: GraphicState,
) {
  const { on, parts } = definition.headline(records, state);
  const { common } = records.edition;
  return {
    newGraphic: shortLine(common.announceLead(definition.shortTitle(records.edition), on), parts),
    sameGraphic: on
      ? shortLine(common.announceLead(undefined, on), parts)
      : capital(shortLine("", parts)),
  };
}
