import { proseDate } from "../../dates.ts";
import { hasFigure } from "../hasFigure.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { proseClaim, wordingOf } from "./claimWords.ts";
import { scopesOf } from "./scope.ts";
import { casualtyView } from "./view.ts";

/**
 * Every claim the state shows, side by side, each with its claimant; what stretch of time
 * the figures cover, once where they share it, else claim by claim.
 */
export function describeCasualties(records: ChartRecords, state: GraphicState): string {
  const { edition } = records;
  const words = edition.casualties;
  const { claims, about } = casualtyView(records, state);
  if (claims.length === 0) return words.describe.none(about, proseDate(state.date, edition));
  const wording = wordingOf(claims);
  const parts = claims.map((c) => proseClaim(records, c, wording));
  const [only] = scopesOf(claims.filter(hasFigure));
  const scope = !wording.mixed && only ? words.describe.scope(words.scopes[only].prose) : "";
  return claims.length === 1
    ? words.describe.one(about, scope, parts[0] ?? "")
    : words.describe.many(about, scope, parts);
}
