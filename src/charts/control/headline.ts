import { OFFENSIVE_START, proseDate } from "../../dates.ts";
import { claimantName, claimText } from "../format.ts";
import { perClaimant, someNames } from "../headline.ts";
import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { controlView } from "./view.ts";

/** What the control chart singles out at a beat: its turning point and the figures it is
 * about, each with who reported it; else the count of named districts held. */
export function controlHeadline(records: ChartRecords, state: GraphicState): Headline {
  const view = controlView(records, state);
  const { focus } = view;
  const parts: string[] = [];
  const point = view.turning.find((t) => t.key === focus.turningPoint);
  if (point)
    parts.push(
      point.date === state.date ? point.label : `${point.label} on ${proseDate(point.date)}`,
    );
  const claimsFocused = focus.focus.includes("control-claim") && view.claims.length > 0;
  const share = view.shares.at(-1);
  if (share && (focus.focus.includes("east-share") || (!point && !claimsFocused))) {
    const figure = claimText(share, "%");
    parts.push(
      `${figure} of the east held by government forces, ${perClaimant(records, share.claimant)}`,
    );
  }
  if (claimsFocused) {
    const names = [...new Set(view.claims.map((c) => claimantName(records, c.claimant)))];
    parts.push(`complete control of the city claimed by ${someNames(names)}`);
  }
  const pocket = view.pockets.at(-1);
  if (pocket && focus.focus.includes("pocket-area")) {
    const figure = claimText(pocket, " km²");
    parts.push(`the rebels' pocket put at ${figure}, ${perClaimant(records, pocket.claimant)}`);
  }
  const step = view.steps.at(-1);
  if (parts.length === (point ? 1 : 0) && step) {
    const held = step.government === 0 ? "none" : `${step.government}`;
    parts.push(`${held} of the ${step.total} named districts of the east in government hands`);
    if (!share && !point && state.date >= OFFENSIVE_START)
      parts.push("no share of the east reported yet");
  }
  return { on: proseDate(state.date), parts: parts.length ? parts : ["no figures reported yet"] };
}
