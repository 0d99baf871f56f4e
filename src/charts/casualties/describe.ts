import { proseDate } from "../../dates.ts";
import { hasFigure } from "../hasFigure.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { proseClaim, wordingOf } from "./claimWords.ts";
import { SCOPE_WORDS, scopesOf } from "./scope.ts";
import { casualtyView } from "./view.ts";

/**
 * Every claim the state shows, side by side, each with its claimant; what stretch of time
 * the figures cover, once where they share it, else claim by claim.
 */
export function describeCasualties(records: ChartRecords, state: GraphicState): string {
  const { config, claims } = casualtyView(records, state);
  const { about } = config;
  if (claims.length === 0)
    return `No claims about ${about} had been reported by ${proseDate(state.date)}.`;
  const wording = wordingOf(claims);
  const parts = claims.map((c) => proseClaim(records, c, wording));
  const [only] = scopesOf(claims.filter(hasFigure));
  const scope = !wording.mixed && only ? `, ${SCOPE_WORDS[only].prose}` : "";
  return claims.length === 1
    ? `The one claim about ${about}${scope}: ${parts[0]}.`
    : `Claims about ${about}${scope}, side by side: ${parts.join("; ")}.`;
}
