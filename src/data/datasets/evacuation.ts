import * as v from "valibot";
import { flag, isoDate, oneOf, slug, text, wholeNumber } from "../fields.ts";

export const EVACUATION_MEASURES = [
  "fled",
  "convoy",
  "cumulative",
  "remaining",
  "planned",
  "buses",
] as const;
export type EvacuationMeasure = (typeof EVACUATION_MEASURES)[number];

export const EVACUATION_SUBGROUPS = [
  "people",
  "civilians",
  "children",
  "wounded",
  "fighters",
  "families",
] as const;

/** A dated report of people leaving east Aleppo: per convoy, running totals, still inside. */
export const evacuationSchema = v.object({
  id: slug(),
  date: isoDate(),
  measure: oneOf(EVACUATION_MEASURES),
  convoy: v.optional(wholeNumber()),
  subgroup: oneOf(EVACUATION_SUBGROUPS),
  low: v.optional(wholeNumber()),
  high: v.optional(wholeNumber()),
  open_ended: flag(),
  qualifier: v.optional(text()),
  claimant: slug(),
  section: text(),
  note: v.optional(text()),
});

export type EvacuationReport = v.InferOutput<typeof evacuationSchema>;
