import { proseDate } from "../../dates.ts";
import { claimantInProse, claimText } from "../format.ts";
import { hasFigure } from "../hasFigure.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { casualtyView, claimSubject, isUnclear, wholeOf } from "./view.ts";

/** Every claim the state shows, side by side, each with its claimant. */
export function describeCasualties(records: ChartRecords, state: GraphicState): string {
  const { config, claims } = casualtyView(records, state);
  const { about } = config;
  if (claims.length === 0)
    return `No claims about ${about} had been reported by ${proseDate(state.date)}.`;
  const parts = claims.map((c) => {
    const who = claimantInProse(records, c.claimant);
    const source = who === "reported" ? "reported" : `per ${who}`;
    const figure = hasFigure(c)
      ? claimText(c)
      : c.qualifier === "denial"
        ? "denied"
        : `“${c.qualifier ?? ""}”, no figure given`;
    const whole = wholeOf(records, c);
    const part = whole && hasFigure(whole) ? `, part of the ${claimText(whole)}` : "";
    return `${claimSubject(c)}${part}: ${figure}, ${source}${isUnclear(records, c) ? " (the source leaves its attribution unclear)" : ""}`;
  });
  return claims.length === 1
    ? `The one claim about ${about}: ${parts[0]}.`
    : `Claims about ${about}, side by side: ${parts.join("; ")}.`;
}
