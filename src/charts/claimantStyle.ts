import { claimant, FALLBACK_CLAIMANT } from "../styles/tokens.ts";

/** The quiet encoding of a claimant: colour, symbol and dash, the same in every chart. */
export function claimantStyle(id: string): { colour: string; symbol: string; dash: string } {
  return (
    (claimant as Record<string, { colour: string; symbol: string; dash: string }>)[id] ??
    FALLBACK_CLAIMANT
  );
}
