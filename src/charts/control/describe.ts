import { proseDate } from "../../dates.ts";
import { claimantInProse, claimText, countOf } from "../format.ts";
import { joinNames } from "../list.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { controlView } from "./view.ts";

type View = ReturnType<typeof controlView>;

/** One sentence, from the data, saying what the control chart shows at this beat. */
export function describeControl(records: ChartRecords, state: GraphicState): string {
  const view = controlView(records, state);
  const { focus } = view;
  const parts: string[] = [];
  const share = view.shares.at(-1);
  if (share) {
    const who = claimantInProse(records, share.claimant);
    const figure = claimText(share, "%");
    parts.push(
      `By ${proseDate(share.date)}, government forces held ${figure} of the formerly rebel-held east, ${who === "reported" ? "as reported" : `according to ${who}`}`,
    );
  } else {
    parts.push(
      `As of ${proseDate(state.date)}, no share of the east under government control had been reported`,
    );
  }
  const claims = claimsPart(records, view);
  if (claims) parts.push(claims.text);
  const step = view.steps.at(-1);
  if (step)
    parts.push(
      `${step.government === 0 ? "none" : step.government} of the ${countOf(step.total, "named district")} of the east ${step.government === 1 || step.government === 0 ? "was" : "were"} in government hands (a count of districts, not of area)`,
    );
  const pocket = view.pockets.at(-1);
  if (pocket && focus.focus.includes("pocket-area") && pocket !== claims?.pocket) {
    parts.push(
      `the rebels' pocket was put at ${claimText(pocket, " km²")} on ${proseDate(pocket.date)}`,
    );
  }
  const point = view.turning.find((t) => t.key === focus.turningPoint);
  const lead = point ? `${point.label} on ${proseDate(point.date)}. ` : "";
  return `${lead}${parts.join("; ")}.`;
}

/**
 * "Russian officials (13 December) said government forces controlled the whole city; the
 * rebels' pocket was put at approximately 3.5 km² on 13 December": each claim with its
 * claimant, beside the latest size of the pocket reported on or after the first claim.
 */
function claimsPart(records: ChartRecords, view: View) {
  const first = view.claims[0];
  if (!first) return undefined;
  const who = view.claims.map(
    (c) => `${claimantInProse(records, c.claimant)} (${proseDate(c.date)})`,
  );
  const text = `${joinNames(who)} said government forces controlled the whole city`;
  const pocket = view.pockets.filter((p) => p.date >= first.date).at(-1);
  if (!pocket) return { text };
  return {
    text: `${text}; the rebels' pocket was ${pocket.date > first.date ? "still " : ""}put at ${claimText(pocket, " km²")} on ${proseDate(pocket.date)}`,
    pocket,
  };
}
