import type { GraphicAt } from "../charts/types.ts";
import { FIRST_DAY } from "./days.ts";

/**
 * The graphics the explore section shows, side by side, and the story state each is drawn
 * in from a day on: states as data, the story's own, so no new chart code is needed. The
 * control chart turns to its claims of complete control from the first of them (13
 * December); the evacuation chart turns from the first departures (from 26 November) to
 * the convoys' totals when the ceasefire was agreed (13 December).
 */
export const EXPLORE_GRAPHICS: readonly {
  graphic: string;
  states: readonly { from: string; state: string }[];
}[] = [
  { graphic: "map", states: [{ from: FIRST_DAY, state: "front" }] },
  {
    graphic: "control",
    states: [
      { from: FIRST_DAY, state: "airport-road" },
      { from: "2016-12-13", state: "complete" },
    ],
  },
  {
    graphic: "evacuation",
    states: [
      { from: FIRST_DAY, state: "fleeing" },
      { from: "2016-12-13", state: "complete" },
    ],
  },
];

/** Each explore graphic at `day`: the state it is drawn in then, and no district outlined. */
export function graphicsOn(day: string): GraphicAt[] {
  return EXPLORE_GRAPHICS.map(({ graphic, states }) => {
    const state = states.filter((s) => s.from <= day).at(-1) ?? states[0];
    return { graphic, state: state?.state ?? "", date: day, highlight: [] };
  });
}
