import type { CasualtyClaim } from "../../data/datasets/casualties.ts";
import { OFFENSIVE_END, OFFENSIVE_START } from "../../dates.ts";

/**
 * What stretch of time a figure covers: the whole offensive (the infobox's and the intro's
 * totals), one report (a day's figure, one incident), or the days after the evacuation.
 */
export type Scope = "whole" | "report" | "after";

export function claimScope(c: CasualtyClaim): Scope {
  if (c.period_start === OFFENSIVE_START && c.period_end === OFFENSIVE_END) return "whole";
  return c.period_start !== undefined && c.period_start >= OFFENSIVE_END ? "after" : "report";
}

/** How the chart and its description name each scope. */
export const SCOPE_WORDS = {
  whole: {
    tag: "whole offensive",
    caption: "Totals for the whole offensive, 15 Nov–22 Dec",
    prose: "each a total for the whole offensive",
  },
  report: {
    tag: "one report",
    caption: "Single reports, not totals for the offensive",
    prose: "each from a single report, not a total",
  },
  after: {
    tag: "after the evacuation",
    caption: "The days after the evacuation",
    prose: "in the days after the evacuation",
  },
} as const satisfies Record<Scope, { tag: string; caption: string; prose: string }>;

/**
 * How the chart keeps its figures, said under its caption where the frame has room: the
 * story's method, which the About note gives in full.
 */
export const METHOD_LINE = "Each figure with whoever claimed it; “reported” where no one is named";

/** Said when a state mixes totals and single reports: each row then carries its tag. */
export const MIXED_CAPTION = "Totals for the whole offensive start at zero; single reports do not";

/** The scopes of the figures a state shows, in the order they first appear. */
export function scopesOf(figures: readonly CasualtyClaim[]): Scope[] {
  return [...new Set(figures.map(claimScope))];
}
