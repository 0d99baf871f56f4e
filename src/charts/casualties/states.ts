import type { CasualtyClaim } from "../../data/datasets/casualties.ts";

export interface CasualtyState {
  /** Which claims the state shows. */
  show: (c: CasualtyClaim) => boolean;
  /** What the rows are about, for the description. */
  about: string;
}

const killed = (c: CasualtyClaim) => c.kind === "killed";
const combatantGroups = new Set(["government-forces", "rebels", "russian-military", "sdf"]);

/** Every state the copy may name for the casualties chart. */
export const CASUALTY_STATES = {
  overview: {
    about: "deaths",
    show: (c) => killed(c) && c.group !== "children" && c.group !== "pows",
  },
  civilians: {
    about: "civilian deaths",
    show: (c) => killed(c) && c.group === "civilians" && c.inflicted_by === undefined,
  },
  "civilians-by-side": {
    about: "civilian deaths by who fired",
    show: (c) => killed(c) && c.group === "civilians",
  },
  combatants: {
    about: "fighters killed and wounded",
    show: (c) =>
      combatantGroups.has(c.group) &&
      (c.kind === "killed" || c.kind === "wounded") &&
      c.inflicted_by !== "booby-traps",
  },
  surrenders: {
    about: "rebels who surrendered or were captured",
    show: (c) => c.group === "rebels" && (c.kind === "surrendered" || c.kind === "captured"),
  },
  executions: {
    about: "alleged executions of civilians",
    show: (c) => c.kind === "executed-alleged" && c.group !== "pows",
  },
  prisoners: {
    about: "the alleged killing of prisoners",
    show: (c) => c.group === "pows",
  },
  after: {
    about: "deaths after the evacuation",
    show: (c) => c.inflicted_by === "booby-traps",
  },
} as const satisfies Record<string, CasualtyState>;
