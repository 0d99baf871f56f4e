import { chartDate, OFFENSIVE_START } from "../../dates.ts";
import { LINE_HEIGHT } from "../chartStyle.ts";
import { claimText } from "../format.ts";
import type { Box, TextSpot } from "../labelPlacement.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { type ClaimGroup, claimLines, claimSpots, controlClaimLines } from "./claimLabels.ts";
import type { controlView } from "./view.ts";

/** A line of the chart's text, in pixels, at its text size. */
export const lineOf = (fontSize: number) => fontSize * LINE_HEIGHT;

/** A piece of text the chart places: a reported figure's label, or one of its notes. */
export interface Annotation {
  /** Ways to set it, in lines, tried in order at each of its spots. */
  variants: string[][];
  focused: boolean;
  /** A figure's label or the pocket's note: set above the chart when there is no room inside. */
  essential: boolean;
  /** The text as one line, for the note above the chart when it finds no room inside. */
  inline: string;
  spots: (place: Place) => TextSpot[];
  /** The figures it labels, if it labels figures: left out with it when it has no room. */
  group?: ClaimGroup;
}

/** The chart's scales and share panel, once the room above it is known. */
export interface Place {
  px: (iso: string) => number;
  py: (share: number) => number;
  /** The middle of the row of whole-city claims. */
  claimY: number;
  /** The share panel's plotting area, inside the axes. */
  plot: Box;
}

/** What the labels are set from: the view, the groups of figures and the chart's text size. */
export interface AnnotationInput {
  view: ReturnType<typeof controlView>;
  state: GraphicState;
  shareGroups: readonly ClaimGroup[];
  claimGroups: readonly ClaimGroup[];
  short: boolean;
  fontSize: number;
}

/**
 * What the chart labels, most important first: the figures the beat is about, the pocket's
 * size, what an empty share panel means, then the other figures, latest first.
 */
export function annotate(records: ChartRecords, input: AnnotationInput): Annotation[] {
  const { view, short } = input;
  const figure =
    (
      lines: (oneLine: boolean) => string[],
      at: (p: Place) => [number, number],
      spots: (x: number, y: number) => TextSpot[] = claimSpots,
    ) =>
    (group: ClaimGroup): Annotation => ({
      // Where the chart is short, the one-line form first.
      variants: short ? [lines(true)] : [lines(false), lines(true)],
      focused: group.focused,
      essential: true,
      group,
      inline: lines(true).join(" "),
      spots: (place) => spots(...at(place)),
    });
  const shares = [...input.shareGroups].reverse().map((group) => {
    const first = group.claims[0] as (typeof group.claims)[number];
    return figure(
      (one) => claimLines(records, group, one),
      ({ px, py }) => [px(first.date), py(first.value_high)],
    )(group);
  });
  const claims = [...input.claimGroups].reverse().map((group) => {
    const first = group.claims[0] as (typeof group.claims)[number];
    return figure(
      (one) => controlClaimLines(records, group, one),
      ({ px, claimY }) => [px(first.date), claimY],
      claimRowSpots,
    )(group);
  });
  const figures = [...claims, ...shares];
  const notes = [pocketNote(records, view, input), emptyNote(records, input)].filter(
    (n): n is Annotation => n !== undefined,
  );
  return [
    ...figures.filter((c) => c.focused),
    ...notes.filter((n) => n.focused),
    ...notes.filter((n) => !n.focused),
    ...figures.filter((c) => !c.focused),
  ];
}

/** Where the whole-city claims' label may go: below their row first, where the shares
 * seldom reach, then beside the first marker. */
function claimRowSpots(x: number, y: number): TextSpot[] {
  const gap = 9;
  return [
    { x: x - gap, y: y + 4, anchor: "end", edge: "top" },
    { x, y: y + gap, anchor: "middle", edge: "top" },
    { x: x + gap, y: y + 4, anchor: "start", edge: "top" },
    { x: x - gap, y, anchor: "end" },
    { x: x + gap, y, anchor: "start" },
  ];
}

/** The pocket's reported sizes, in km² (never as a share), in the share panel's corner. */
function pocketNote(
  records: ChartRecords,
  view: AnnotationInput["view"],
  { short, fontSize }: AnnotationInput,
): Annotation | undefined {
  const focused = view.focus.focus.includes("pocket-area");
  if (!view.pockets.length || (!focused && short)) return undefined;
  const { edition } = records;
  const words = edition.control.labels;
  const sizes = view.pockets.map((p) =>
    words.pocketSize(chartDate(p.date, edition), claimText(p, edition.control.areaUnit, edition)),
  );
  const variants = words.pocketNote.map((note) => [...note, ...sizes]);
  const line = lineOf(fontSize);
  return {
    variants,
    focused,
    essential: focused,
    inline: (variants[0] ?? []).join(" "),
    // The bottom-right corner, which the shares never reach, else the top corners.
    spots: ({ plot }) => [
      { x: plot.x1 - 4, y: plot.y1 - 4, anchor: "end", edge: "bottom" },
      { x: plot.x1 - 4, y: plot.y1 - 4 - line, anchor: "end", edge: "bottom" },
      { x: plot.x0 + 4, y: plot.y0 + 4, anchor: "start", edge: "top" },
      { x: plot.x1 - 4, y: plot.y0 + 4, anchor: "end", edge: "top" },
    ],
  };
}

/** What an empty share panel means: no share reported yet, or no offensive yet. */
function emptyNote(
  records: ChartRecords,
  { view, state }: AnnotationInput,
): Annotation | undefined {
  if (view.shares.length) return undefined;
  const words = records.edition.control.labels;
  const variants = (state.date < OFFENSIVE_START ? words.beforeOffensive : words.noShareYet).map(
    (lines) => [...lines],
  );
  return {
    variants,
    focused: false,
    essential: false,
    inline: (variants[0] ?? []).join(" "),
    spots: ({ plot }) => [
      { x: (plot.x0 + plot.x1) / 2, y: (plot.y0 + plot.y1) / 2, anchor: "middle" },
      { x: plot.x0 + 6, y: (plot.y0 + plot.y1) / 2, anchor: "start" },
      { x: plot.x0 + 6, y: plot.y0 + 4, anchor: "start", edge: "top" },
    ],
  };
}
