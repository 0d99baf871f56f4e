import { hasFigure } from "../hasFigure.ts";
import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { scopesOf } from "./scope.ts";
import { casualtyView } from "./view.ts";

/**
 * What the casualties chart shows at a beat: what its claims are about, how many figures and
 * statements, and the stretch of time the figures cover where they share one.
 */
export function casualtiesHeadline(records: ChartRecords, state: GraphicState): Headline {
  const words = records.edition.casualties;
  const view = casualtyView(records, state);
  const { about } = view;
  const figures = view.claims.filter(hasFigure).length;
  const statements = view.claims.length - figures;
  if (view.claims.length === 0) return { parts: [words.headline.none(about)] };
  if (view.claims.length === 1) return { parts: [words.headline.one(about)] };
  const [only, ...more] = scopesOf(view.claims.filter(hasFigure));
  const scope = only && more.length === 0 ? words.describe.scope(words.scopes[only].prose) : "";
  return { parts: [words.headline.many(about, figures, statements, scope)] };
}
