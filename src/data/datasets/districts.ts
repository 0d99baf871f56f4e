import * as v from "valibot";
import { arabicName, flag, latitude, list, longitude, oneOf, slug, text } from "../fields.ts";

export const SIDES = ["government", "rebel", "sdf"] as const;
export type Side = (typeof SIDES)[number];

export const DISTRICT_KINDS = ["district", "area", "landmark"] as const;

/**
 * Every neighbourhood or area the source names in the fighting. Coordinates are
 * approximate centroids for a schematic map, never surveyed positions.
 */
export const districtSchema = v.object({
  id: slug(),
  name: text(),
  /** The Arabic edition's name for it (data/README.md). */
  name_ar: arabicName(),
  variants: v.optional(list()),
  kind: oneOf(DISTRICT_KINDS),
  in_east: flag(),
  side_on_nov15: oneOf(SIDES),
  lat: latitude(),
  lon: longitude(),
  precision: text(),
  note: v.optional(text()),
});

export type District = v.InferOutput<typeof districtSchema>;
