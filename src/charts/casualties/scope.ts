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

// How the chart and its description name each scope, the method line and the caption of a
// state that mixes scopes: the edition's words (`Edition.casualties.scopes`, `methodLine`,
// `mixedCaption`).

/** The scopes of the figures a state shows, in the order they first appear. */
export function scopesOf(figures: readonly CasualtyClaim[]): Scope[] {
  return [...new Set(figures.map(claimScope))];
}
