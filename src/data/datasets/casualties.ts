import * as v from "valibot";
import { flag, isoDate, oneOf, slug, text, wholeNumber } from "../fields.ts";

export const CASUALTY_GROUPS = [
  "civilians",
  "rebels",
  "government-forces",
  "russian-military",
  "sdf",
  "all",
  "children",
  "pows",
  /** A figure whose side the source does not give (an infobox line that lost its label). */
  "not-given",
] as const;
export type CasualtyGroup = (typeof CASUALTY_GROUPS)[number];

export const CASUALTY_KINDS = [
  "killed",
  "wounded",
  "captured",
  "surrendered",
  "executed-alleged",
  "injured",
  /** Held by another rebel group, not captured by the other side. */
  "arrested-by-rebels",
] as const;
export type CasualtyKind = (typeof CASUALTY_KINDS)[number];

/** Who did it, as the source words it: "pro-government forces" is not "government forces". */
export const INFLICTED_BY = [
  "government",
  "pro-government",
  "rebels",
  "militias",
  "booby-traps",
] as const;

/**
 * One claim about people killed, wounded or captured. A claim without a number (a denial)
 * leaves low and high empty and says so in its qualifier.
 */
export const casualtySchema = v.object({
  id: slug(),
  group: oneOf(CASUALTY_GROUPS),
  kind: oneOf(CASUALTY_KINDS),
  low: v.optional(wholeNumber()),
  high: v.optional(wholeNumber()),
  open_ended: flag(),
  qualifier: v.optional(text()),
  inflicted_by: v.optional(oneOf(INFLICTED_BY)),
  claimant: slug(),
  date: isoDate(),
  period_start: v.optional(isoDate()),
  period_end: v.optional(isoDate()),
  section: text(),
  /** The larger figure (a casualty id) this row is a part of; never add it to that whole. */
  part_of: v.optional(slug()),
  /** The claim (a casualty id) this row contradicts. */
  disputes: v.optional(slug()),
  /** Who spoke for the claimant, as the chart names them, where the source gives a name. */
  speaker: v.optional(text()),
  /** What a claim says besides its figure (or instead of one, for a denial), in a few words. */
  says: v.optional(text()),
  note: v.optional(text()),
});

export type CasualtyClaim = v.InferOutput<typeof casualtySchema>;
