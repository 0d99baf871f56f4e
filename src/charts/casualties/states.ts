import type { CasualtyClaim } from "../../data/datasets/casualties.ts";
import { OFFENSIVE_START } from "../../dates.ts";
import type { CasualtyStateName } from "../../locale/types.ts";

export interface CasualtyState {
  /** Which claims the state shows, given every claim in the file (to look up wholes). */
  show: (c: CasualtyClaim, all: readonly CasualtyClaim[]) => boolean;
}

const killed = (c: CasualtyClaim) => c.kind === "killed";
/** A figure standing for itself, not a part of a larger one in the file. */
const whole = (c: CasualtyClaim) => c.part_of === undefined;
/** A part of a toll of everyone killed (the intro's 600+ civilians of almost 1,200 dead). */
const partOfEveryone = (c: CasualtyClaim, all: readonly CasualtyClaim[]) =>
  all.some((w) => w.id === c.part_of && w.group === "all");
/** The whole of parts in the file: a toll split by who fired. */
const hasParts = (c: CasualtyClaim, all: readonly CasualtyClaim[]) =>
  all.some((p) => p.part_of === c.id);
/** A toll for the whole offensive, not a single incident. */
const wholeOffensive = (c: CasualtyClaim) => c.period_start === OFFENSIVE_START;
/** The sides' losses, and the infobox's 2 killed whose side the source does not give. */
const combatantGroups = new Set([
  "government-forces",
  "rebels",
  "russian-military",
  "sdf",
  "not-given",
]);

/** Every state the copy may name for the casualties chart; what each is about is the
 * edition's (`Edition.casualties.about`). */
export const CASUALTY_STATES = {
  overview: {
    // The civilians among everyone killed are shown as a part of that toll, never added to it.
    show: (c, all) => killed(c) && wholeOffensive(c) && (whole(c) || partOfEveryone(c, all)),
  },
  civilians: {
    show: (c, all) => killed(c) && c.group === "civilians" && (whole(c) || partOfEveryone(c, all)),
  },
  "civilians-by-side": {
    // A count that says nothing of who fired (the infobox's 990+) belongs to "civilians".
    show: (c, all) =>
      killed(c) &&
      (c.group === "civilians" || c.part_of !== undefined) &&
      c.group !== "government-forces" &&
      (c.inflicted_by !== undefined || c.part_of !== undefined || hasParts(c, all)),
  },
  combatants: {
    show: (c) =>
      combatantGroups.has(c.group) &&
      whole(c) &&
      (c.kind === "killed" || c.kind === "wounded") &&
      c.inflicted_by !== "booby-traps",
  },
  surrenders: {
    // Captured by the other side: rebels arrested by other rebels are a different story.
    show: (c) => c.group === "rebels" && (c.kind === "surrendered" || c.kind === "captured"),
  },
  executions: {
    show: (c) => c.kind === "executed-alleged" && c.group !== "pows",
  },
  prisoners: {
    show: (c) => c.group === "pows",
  },
  after: {
    show: (c) => c.inflicted_by === "booby-traps",
  },
} as const satisfies Record<CasualtyStateName, CasualtyState>;
