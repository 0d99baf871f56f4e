import * as v from "valibot";
import { isIsoDate, STORY_END, STORY_START } from "../dates.ts";

/**
 * Cell schemas. Each takes the raw text of one CSV cell (absent when empty) and either
 * returns a typed value or fails with a message that reads after the quoted cell:
 * `"12,OOO" is not a number`.
 */

const required = (what = "is required") => v.string(what);

export const text = () => required();

export const isoDate = () =>
  v.pipe(
    required(),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, "is not a date (expected YYYY-MM-DD)"),
    v.check(isIsoDate, "is not a real calendar date"),
    v.check(
      (d) => d >= STORY_START && d <= STORY_END,
      `is outside the story's dates (${STORY_START}..${STORY_END})`,
    ),
  );

export const number = () =>
  v.pipe(
    required(),
    v.regex(/^-?\d+(\.\d+)?$/, "is not a number"),
    v.transform(Number),
    v.minValue(0, "is negative"),
  );

export const wholeNumber = () => v.pipe(number(), v.integer("is not a whole number"));

export const percent = () => v.pipe(number(), v.maxValue(100, "is above 100 percent"));

export const flag = () =>
  v.pipe(
    required(),
    v.picklist(["true", "false"], "is not true or false"),
    v.transform((s) => s === "true"),
  );

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  v.pipe(required(), v.picklist(values, `is not one of: ${values.join(", ")}`));

export const slug = () =>
  v.pipe(required(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "is not a kebab-case id"));

/** A coordinate near Aleppo, in degrees; anything outside the box is a typo. */
const coordinate = (min: number, max: number, what: string) =>
  v.pipe(
    required(),
    v.regex(/^\d+(\.\d+)?$/, "is not a number"),
    v.transform(Number),
    v.check((n) => n > min && n < max, `is not a ${what} within Aleppo`),
  );

export const latitude = () => coordinate(36.1, 36.3, "latitude");

export const longitude = () => coordinate(37.05, 37.3, "longitude");

export const list = () =>
  v.pipe(
    required(),
    v.transform((s) => s.split("|").map((part) => part.trim())),
  );

/**
 * A name in Arabic script: Arabic letters, spaces and Western digits (the edition's digits,
 * src/locale/ar.ts), never a Latin letter or an Arabic-Indic digit.
 */
export const arabicName = () =>
  v.pipe(
    required(),
    v.regex(/^[\u0621-\u064A\u064B-\u0652\u0670 0-9]+$/, "is not in Arabic script"),
    v.regex(/[\u0621-\u064A]/, "is not in Arabic script"),
  );
