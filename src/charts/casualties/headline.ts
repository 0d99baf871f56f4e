import { countOf } from "../format.ts";
import { hasFigure } from "../hasFigure.ts";
import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { SCOPE_WORDS, scopesOf } from "./scope.ts";
import { casualtyView } from "./view.ts";

/**
 * What the casualties chart shows at a beat: what its claims are about, how many figures and
 * statements, and the stretch of time the figures cover where they share one.
 */
export function casualtiesHeadline(records: ChartRecords, state: GraphicState): Headline {
  const view = casualtyView(records, state);
  const { about } = view.config;
  const figures = view.claims.filter(hasFigure).length;
  const words = view.claims.length - figures;
  if (view.claims.length === 0) return { parts: [`${about}: no claims reported yet`] };
  if (view.claims.length === 1) return { parts: [`${about}, one claim`] };
  const count = [
    figures > 0 ? countOf(figures, "figure") : "",
    words > 0 ? countOf(words, "statement") : "",
  ]
    .filter(Boolean)
    .join(" and ");
  const [only, ...more] = scopesOf(view.claims.filter(hasFigure));
  const scope = only && more.length === 0 ? `, ${SCOPE_WORDS[only].prose}` : "";
  return { parts: [`${about}, ${count} side by side${scope}`] };
}
