import * as v from "valibot";
import { oneOf, slug, text } from "../fields.ts";

export const CLAIMANT_KINDS = [
  "monitor",
  "humanitarian",
  "government",
  "military",
  "un",
  "rebel",
  "media",
  "ngo",
  "none",
] as const;

/** Who made a claim. Every other file's `claimant` must name one of these ids. */
export const claimantSchema = v.object({
  id: slug(),
  name: text(),
  /** How charts and labels print the claimant: "SOHR", "Red Cross". */
  short: text(),
  kind: oneOf(CLAIMANT_KINDS),
  description: text(),
});

export type Claimant = v.InferOutput<typeof claimantSchema>;
