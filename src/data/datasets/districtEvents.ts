import * as v from "valibot";
import { flag, isoDate, oneOf, percent, slug, text } from "../fields.ts";

export const DISTRICT_EVENT_KINDS = [
  "assault-repelled",
  "advanced",
  "entered",
  "partly-taken",
  "captured",
  "cleared",
  "retaken",
  "abandoned",
  "encircled",
  "taken-by-sdf",
  "sdf-presence",
] as const;
export type DistrictEventKind = (typeof DISTRICT_EVENT_KINDS)[number];

export const ACTORS = ["government", "rebels", "sdf"] as const;

/**
 * How a row's date stands: `on` that day (stated, or resolved from "the next day" and the
 * like), or only `by` it, where the source gives no day and the row's date is the latest
 * the change can have happened.
 */
export const DATINGS = ["on", "by"] as const;
export type Dating = (typeof DATINGS)[number];

/** A dated change (or failed attempt at one) in who held a district. */
export const districtEventSchema = v.object({
  id: slug(),
  date: isoDate(),
  dated: oneOf(DATINGS),
  district: slug(),
  kind: oneOf(DISTRICT_EVENT_KINDS),
  actor: oneOf(ACTORS),
  /** The source does not make clear which side acted (an ambiguous "they"): the row's
   * actor is a reading, and no caption names it. */
  actor_unclear: flag(),
  share_low: v.optional(percent()),
  share_high: v.optional(percent()),
  qualifier: v.optional(text()),
  claimant: slug(),
  section: text(),
  note: v.optional(text()),
});

export type DistrictEvent = v.InferOutput<typeof districtEventSchema>;
