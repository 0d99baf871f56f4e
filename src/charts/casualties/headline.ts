import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { casualtyView } from "./view.ts";

/** What the casualties chart shows at a beat: what its claims are about, and how many. */
export function casualtiesHeadline(records: ChartRecords, state: GraphicState): Headline {
  const view = casualtyView(records, state);
  const { about } = view.config;
  const claims = view.claims.length;
  const count = claims === 1 ? "one claim" : `${claims} claims side by side`;
  return { parts: [claims === 0 ? `${about}: no claims reported yet` : `${about}, ${count}`] };
}
