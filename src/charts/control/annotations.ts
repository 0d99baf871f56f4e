import { chartDate } from "../../dates.ts";
import { type } from "../../styles/tokens.ts";
import { LINE_HEIGHT } from "../chartStyle.ts";
import { claimText } from "../format.ts";
import type { Box, TextSpot } from "../labelPlacement.ts";
import type { ChartRecords } from "../types.ts";
import { type ClaimGroup, claimLines, claimSpots } from "./claimLabels.ts";
import type { ControlState } from "./states.ts";
import type { controlView } from "./view.ts";

/** A line of the chart's text, in pixels. */
export const LINE = type.chartSmall * LINE_HEIGHT;

/** A piece of text the chart places: a reported figure's label, or one of its notes. */
export interface Annotation {
  /** Ways to set it, in lines, tried in order at each of its spots. */
  variants: string[][];
  focused: boolean;
  /** A figure's label or the line's note: set above the chart when there is no room inside. */
  essential: boolean;
  /** The text as one line, for the note above the chart when it finds no room inside. */
  inline: string;
  spots: (place: Place) => TextSpot[];
  /** The figures it labels, if it labels figures: left out with it when it has no room. */
  group?: ClaimGroup;
}

/** The chart's scales and plotting area, once the room above it is known. */
export interface Place {
  px: (iso: string) => number;
  py: (share: number) => number;
  /** The plotting area, inside the axes. */
  plot: Box;
}

/**
 * What the chart labels, most important first: the figures the beat is about, the step
 * line's note, the pocket's size, then the other figures, latest first.
 */
export function annotate(
  records: ChartRecords,
  view: ReturnType<typeof controlView>,
  focus: ControlState,
  groups: readonly ClaimGroup[],
  short: boolean,
): Annotation[] {
  const claims = [...groups].reverse().map(
    (group): Annotation => ({
      // Where the chart is short, the one-line form first.
      variants: short
        ? [claimLines(records, group, true)]
        : [claimLines(records, group, false), claimLines(records, group, true)],
      focused: group.focused,
      essential: true,
      group,
      inline: claimLines(records, group, true).join(" "),
      spots: ({ px, py }) => {
        const first = group.claims[0] as (typeof group.claims)[number];
        return claimSpots(px(first.date), py(first.value_high));
      },
    }),
  );
  const corner = (variants: string[][], focused: boolean, essential: boolean): Annotation => ({
    variants,
    focused,
    essential,
    inline: (variants[0] ?? []).join(" "),
    // The bottom-right corner, which the line reaches only late and high, or just above
    // the other note there; else the top left or top right.
    spots: ({ plot }) => {
      const right = plot.x1 - 4;
      const bottom = plot.y1 - 4;
      return [
        { x: right, y: bottom, anchor: "end", edge: "bottom" },
        // Above the other note, of two lines or of three.
        { x: right, y: bottom - 2 * LINE - 6, anchor: "end", edge: "bottom" },
        { x: right, y: bottom - 3 * LINE - 6, anchor: "end", edge: "bottom" },
        { x: plot.x0 + 4, y: plot.y0 + 8, anchor: "start", edge: "top" },
        { x: right, y: plot.y0 + 8, anchor: "end", edge: "top" },
      ];
    },
  });
  const notes: Annotation[] = [];
  const lastStep = view.steps.at(-1);
  if (lastStep) {
    const held = `${lastStep.government} of ${lastStep.total}`;
    notes.push(
      corner(
        [
          ["Dashed: named districts held,", `${held} (a count, not area)`],
          ["Dashed: named districts", `held, ${held}`, "(a count, not area)"],
        ],
        false,
        true,
      ),
    );
  }
  const pocketFocused = focus.focus.includes("pocket-area");
  if (view.pockets.length && (pocketFocused || !short)) {
    const sizes = view.pockets.map((p) => `${chartDate(p.date)}: ${claimText(p, " km²")}`);
    notes.push(
      corner(
        [
          ["Rebel pocket, reported size:", ...sizes],
          ["Rebel pocket,", "reported size:", ...sizes],
        ],
        pocketFocused,
        pocketFocused,
      ),
    );
  }
  const focusedClaims = claims.filter((c) => c.focused);
  return [
    ...focusedClaims,
    ...(pocketFocused ? [...notes].reverse() : notes),
    ...claims.filter((c) => !c.focused),
  ];
}
