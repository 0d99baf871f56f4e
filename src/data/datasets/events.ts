import * as v from "valibot";
import { isoDate, oneOf, slug, text } from "../fields.ts";

export const EVENT_KINDS = [
  "naval",
  "strikes",
  "offensive",
  "battle",
  "ceasefire-agreed",
  "ceasefire-broken",
  "ceasefire-revived",
  /** An evacuation that was due but had not started was put off. */
  "evacuation-delayed",
  "evacuation-began",
  "evacuation-suspended",
  "evacuation-resumed",
  "evacuation-complete",
  "negotiation",
  "un",
  "allegation",
  "denial",
  "reaction",
  "aftermath",
  "other",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * A turning point: ceasefires, suspensions, votes, announcements. Dated where the source
 * dates it; a statement the source gives no date (a quotation, say) has none, rather than one
 * borrowed from its neighbours.
 */
export const eventSchema = v.object({
  id: slug(),
  date: v.optional(isoDate()),
  kind: oneOf(EVENT_KINDS),
  summary: text(),
  claimant: slug(),
  section: text(),
  note: v.optional(text()),
});

export type StoryEvent = v.InferOutput<typeof eventSchema>;
