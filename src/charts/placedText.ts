import * as Plot from "@observablehq/plot";
import { LINE_HEIGHT, TEXT_HALO } from "./chartStyle.ts";
import type { Anchor, PlacedText } from "./labelPlacement.ts";
import type { Direction } from "./svgDirection.ts";

/**
 * A channel already in pixels, on no scale. Text placed by the placer (and anything else a
 * chart lays out in pixels, such as a row of the casualties chart) is drawn where it was
 * put: turning it back into data for Plot to turn into pixels again would be a round trip.
 */
export const inPixels = <T>(value: (d: T) => number) => ({ value, scale: null });

type TextLook = Omit<Plot.TextOptions, "x" | "y" | "text" | "textAnchor">;

/**
 * Placed labels of one anchor, drawn the one way every chart draws them: at the placer's
 * pixels, their lines `LINE_HEIGHT` apart about the block's middle, over a paper halo.
 * Anchors are visual (see `svgAnchor`). Right to left, a block of lines the placer set by
 * either edge is drawn from its right edge, where its lines start reading: the same box, its
 * lines flush right. A single line stays anchored where the placer put it, at the edge
 * beside what it names, so a line drawn a little wider than measured grows away from it.
 */
export function placedTextMark<T>(
  labels: readonly PlacedText<T>[],
  anchor: Anchor,
  look: TextLook,
  dir: Direction,
): Plot.Markish {
  const mine = labels.filter((l) => l.anchor === anchor);
  if (dir === "ltr" || anchor === "middle") return textOf(mine, anchor, look, (l) => l.x);
  const block = (l: PlacedText<T>) => l.lines.length > 1;
  return [
    textOf(
      mine.filter((l) => !block(l)),
      anchor,
      look,
      (l) => l.x,
    ),
    textOf(mine.filter(block), "end", look, (l) => l.box.x1 - 1),
  ];
}

function textOf<T>(
  labels: readonly PlacedText<T>[],
  anchor: Anchor,
  look: TextLook,
  x: (l: PlacedText<T>) => number,
): Plot.Text {
  return Plot.text(labels, {
    x: inPixels(x),
    y: inPixels((l: PlacedText<T>) => l.y),
    text: (l: PlacedText<T>) => l.text,
    textAnchor: anchor,
    lineAnchor: "middle",
    lineHeight: LINE_HEIGHT,
    ...TEXT_HALO,
    ariaHidden: "true",
    ...look,
  });
}

/** The leader lines from placed labels back to the marks they name, in pixels. */
export function leaderMark<T>(
  labels: readonly PlacedText<T>[],
  look: Omit<Plot.LinkOptions, "x1" | "y1" | "x2" | "y2">,
): Plot.Link {
  const led = labels.flatMap((l) => (l.leader ? [l.leader] : []));
  type Leader = (typeof led)[number];
  return Plot.link(led, {
    x1: inPixels((l: Leader) => l.x1),
    y1: inPixels((l: Leader) => l.y1),
    x2: inPixels((l: Leader) => l.x2),
    y2: inPixels((l: Leader) => l.y2),
    ariaHidden: "true",
    ...look,
  });
}
