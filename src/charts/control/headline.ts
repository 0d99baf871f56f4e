import { proseDate } from "../../dates.ts";
import { claimText } from "../format.ts";
import { perClaimant } from "../headline.ts";
import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { controlView } from "./view.ts";

/** What the control chart singles out at a beat: its turning point and the figures it is
 * about, each with who reported it. */
export function controlHeadline(records: ChartRecords, state: GraphicState): Headline {
  const view = controlView(records, state);
  const { focus } = view;
  const parts: string[] = [];
  const point = view.turning.find((t) => t.key === focus.turningPoint);
  if (point)
    parts.push(
      point.date === state.date ? point.label : `${point.label} on ${proseDate(point.date)}`,
    );
  const share = view.shares.at(-1);
  if (share && (focus.focus.includes("east-share") || !point)) {
    const figure = claimText(share, "%");
    parts.push(
      `${figure} of the east held by government forces, ${perClaimant(records, share.claimant)}`,
    );
  }
  const pocket = view.pockets.at(-1);
  if (pocket && focus.focus.includes("pocket-area")) {
    const figure = claimText(pocket, " km²");
    parts.push(`the rebels' pocket put at ${figure}, ${perClaimant(records, pocket.claimant)}`);
  }
  const step = view.steps.at(-1);
  if (parts.length === 0 && step)
    parts.push(
      step.government === 0
        ? `none of the ${step.total} named districts of the east in government hands`
        : `${step.government} of the ${step.total} named districts of the east in government hands`,
    );
  return { on: proseDate(state.date), parts: parts.length ? parts : ["no figures reported yet"] };
}
