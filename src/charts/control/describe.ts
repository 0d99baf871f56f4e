import { proseDate } from "../../dates.ts";
import { claimantInProse, claimText, countOf } from "../format.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { controlView } from "./view.ts";

/** One sentence, from the data, saying what the control chart shows at this beat. */
export function describeControl(records: ChartRecords, state: GraphicState): string {
  const view = controlView(records, state);
  const { focus } = view;
  const on = proseDate(state.date);
  const parts: string[] = [];
  const share = view.shares.at(-1);
  if (share) {
    const who = claimantInProse(records, share.claimant);
    const figure = claimText(share, "%");
    parts.push(
      `By ${proseDate(share.date)}, government forces held ${figure} of the formerly rebel-held east, ${who === "reported" ? "as reported" : `according to ${who}`}`,
    );
  } else {
    parts.push(`As of ${on}, no share of the east under government control had been reported`);
  }
  const step = view.steps.at(-1);
  if (step)
    parts.push(
      `${step.government === 0 ? "none" : step.government} of the ${countOf(step.total, "named district")} of the east ${step.government === 1 || step.government === 0 ? "was" : "were"} in government hands`,
    );
  const pocket = view.pockets.at(-1);
  if (pocket && focus.focus.includes("pocket-area")) {
    parts.push(
      `the rebels' pocket was put at ${claimText(pocket, " km²")} on ${proseDate(pocket.date)}`,
    );
  }
  const point = view.turning.find((t) => t.key === focus.turningPoint);
  const lead = point ? `${point.label} on ${proseDate(point.date)}. ` : "";
  return `${lead}${parts.join("; ")}.`;
}
