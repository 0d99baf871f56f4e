import { OFFENSIVE_START, proseDate } from "../../dates.ts";
import { claimantName, claimText } from "../format.ts";
import { perClaimant, someNames } from "../headline.ts";
import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { controlView } from "./view.ts";

/** What the control chart singles out at a beat: its turning point and the figures it is
 * about, each with who reported it; else the count of named districts held. */
export function controlHeadline(records: ChartRecords, state: GraphicState): Headline {
  const { edition } = records;
  const words = edition.control.headline;
  const view = controlView(records, state);
  const { focus } = view;
  const parts: string[] = [];
  const point = view.turning.find((t) => t.key === focus.turningPoint);
  if (point)
    parts.push(
      point.date === state.date
        ? point.label
        : words.turningPointOn(point.label, proseDate(point.date, edition)),
    );
  const claimsFocused = focus.focus.includes("control-claim") && view.claims.length > 0;
  const share = view.shares.at(-1);
  if (share && (focus.focus.includes("east-share") || (!point && !claimsFocused))) {
    const figure = claimText(share, edition.control.shareUnit, edition);
    parts.push(words.shareHeld(figure, perClaimant(records, share.claimant)));
  }
  if (claimsFocused) {
    const names = [...new Set(view.claims.map((c) => claimantName(records, c.claimant)))];
    parts.push(words.completeControl(someNames(names, 3, edition)));
  }
  const pocket = view.pockets.at(-1);
  if (pocket && focus.focus.includes("pocket-area")) {
    const figure = claimText(pocket, edition.control.areaUnit, edition);
    parts.push(words.pocketPut(figure, perClaimant(records, pocket.claimant)));
  }
  const step = view.steps.at(-1);
  if (parts.length === (point ? 1 : 0) && step) {
    parts.push(words.districtsHeld(step.government, step.total));
    if (!share && !point && state.date >= OFFENSIVE_START) parts.push(words.noShareYet);
  }
  return {
    on: proseDate(state.date, edition),
    parts: parts.length ? parts : [words.noFiguresYet],
  };
}
