import { proseDate } from "../../dates.ts";
import { claimantInProse, claimText } from "../format.ts";
import { joinNames } from "../list.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { controlView } from "./view.ts";

type View = ReturnType<typeof controlView>;

/** One sentence, from the data, saying what the control chart shows at this beat. */
export function describeControl(records: ChartRecords, state: GraphicState): string {
  const { edition } = records;
  const words = edition.control.describe;
  const date = (iso: string) => proseDate(iso, edition);
  const view = controlView(records, state);
  const { focus } = view;
  const parts: string[] = [];
  const share = view.shares.at(-1);
  if (share) {
    const who = claimantInProse(records, share.claimant);
    const figure = claimText(share, edition.control.shareUnit, edition);
    parts.push(words.shareHeld(date(share.date), figure, who === "reported" ? undefined : who));
  } else {
    parts.push(words.noShare(date(state.date)));
  }
  const claims = claimsPart(records, view);
  if (claims) parts.push(claims.text);
  const step = view.steps.at(-1);
  if (step) parts.push(words.districtsHeld(step.government, step.total));
  const pocket = view.pockets.at(-1);
  if (pocket && focus.focus.includes("pocket-area") && pocket !== claims?.pocket) {
    const figure = claimText(pocket, edition.control.areaUnit, edition);
    parts.push(words.pocketPut(figure, date(pocket.date)));
  }
  const point = view.turning.find((t) => t.key === focus.turningPoint);
  const lead = point ? words.turningPoint(point.label, date(point.date)) : "";
  return words.sentence(lead, words.clauses(parts));
}

/**
 * "Russian officials (13 December) said government forces controlled the whole city; the
 * rebels' pocket was put at approximately 3.5 km² on 13 December": each claim with its
 * claimant, beside the latest size of the pocket reported on or after the first claim.
 */
function claimsPart(records: ChartRecords, view: View) {
  const { edition } = records;
  const words = edition.control.describe;
  const first = view.claims[0];
  if (!first) return undefined;
  const who = view.claims.map((c) =>
    words.claimedBy(claimantInProse(records, c.claimant), proseDate(c.date, edition)),
  );
  const text = words.wholeCity(joinNames(who, edition));
  const pocket = view.pockets.filter((p) => p.date >= first.date).at(-1);
  if (!pocket) return { text };
  const figure = claimText(pocket, edition.control.areaUnit, edition);
  const still = words.pocketStill(
    pocket.date > first.date,
    figure,
    proseDate(pocket.date, edition),
  );
  return { text: words.clauses([text, still]), pocket };
}
