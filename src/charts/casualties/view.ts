import type { CasualtyClaim } from "../../data/datasets/casualties.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { CASUALTY_STATES, type CasualtyState } from "./states.ts";

export function casualtyState(name: string): CasualtyState {
  const state = (CASUALTY_STATES as Record<string, CasualtyState>)[name];
  if (!state) throw new Error(`unknown casualties state "${name}"`);
  return state;
}

const GROUP = {
  civilians: "Civilians",
  rebels: "Rebels",
  "government-forces": "Government forces and allies",
  "russian-military": "Russian military",
  sdf: "SDF",
  all: "Everyone",
  children: "Children",
  pows: "Army prisoners",
} as const;

const KIND = {
  killed: "killed",
  wounded: "wounded",
  captured: "captured",
  surrendered: "surrendered",
  "executed-alleged": "executed (alleged)",
  injured: "injured",
} as const;

const BY = {
  government: "by government fire",
  rebels: "by rebel fire",
  militias: "by militias",
  "booby-traps": "by booby traps",
} as const;

/** "Civilians killed by rebel fire". */
export function claimSubject(c: CasualtyClaim): string {
  return [GROUP[c.group], KIND[c.kind], c.inflicted_by ? BY[c.inflicted_by] : ""]
    .filter(Boolean)
    .join(" ");
}

/** The claims a state shows, dated no later than the beat, in file order. */
export function casualtyView(records: ChartRecords, state: GraphicState): CasualtyClaim[] {
  const { show } = casualtyState(state.state);
  return records.data.casualties.filter((c) => show(c) && c.date <= state.date);
}
