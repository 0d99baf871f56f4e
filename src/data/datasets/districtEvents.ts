import * as v from "valibot";
import { isoDate, oneOf, percent, slug, text } from "../fields.ts";

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

/** A dated change (or failed attempt at one) in who held a district. */
export const districtEventSchema = v.object({
  id: slug(),
  date: isoDate(),
  district: slug(),
  kind: oneOf(DISTRICT_EVENT_KINDS),
  actor: oneOf(ACTORS),
  share_low: v.optional(percent()),
  share_high: v.optional(percent()),
  qualifier: v.optional(text()),
  claimant: slug(),
  section: text(),
  note: v.optional(text()),
});

export type DistrictEvent = v.InferOutput<typeof districtEventSchema>;
