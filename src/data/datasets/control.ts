import * as v from "valibot";
import { flag, isoDate, number, oneOf, slug, text } from "../fields.ts";

export const CONTROL_MEASURES = [
  "east-share",
  "district-share",
  "pocket-share",
  "pocket-area",
  "gap",
  "distance-to-citadel",
  "advance-depth",
] as const;
export type ControlMeasure = (typeof CONTROL_MEASURES)[number];

export const CONTROL_UNITS = ["percent", "km2", "m"] as const;

/** A reported figure about how much ground was held: shares, the pocket's size, distances. */
export const controlSchema = v.object({
  id: slug(),
  date: isoDate(),
  measure: oneOf(CONTROL_MEASURES),
  district: v.optional(slug()),
  value_low: number(),
  value_high: number(),
  unit: oneOf(CONTROL_UNITS),
  qualifier: v.optional(text()),
  open_ended: flag(),
  claimant: slug(),
  section: text(),
  note: v.optional(text()),
});

export type ControlFigure = v.InferOutput<typeof controlSchema>;
