export interface LabelCandidate<T> {
  x: number;
  y: number;
  text: string;
  datum: T;
  /** Where this label may go, in order of preference, instead of the spots round its point. */
  spots?: readonly Spot[];
}

/** A place for a label: its anchor point in pixels and which end of the text sits there. */
export type Spot = [tx: number, ty: number, anchor: "start" | "middle" | "end"];

export interface PlacedLabel<T> extends LabelCandidate<T> {
  /** Where the text goes, in pixels, and how it is anchored there. */
  tx: number;
  ty: number;
  anchor: "start" | "middle" | "end";
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A rough width of a line of sans text; Plot does not measure text either. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/** The box a label of one or more lines ("\n" between them) takes, as Plot sets it. */
export function labelSize(text: string, fontSize: number): { w: number; h: number } {
  const lines = text.split("\n");
  return {
    w: Math.max(...lines.map((line) => textWidth(line, fontSize))),
    h: lines.length * fontSize * 1.2,
  };
}

/**
 * Greedy label placement: each label, in priority order, takes the first spot round its
 * point (on it, above, below, right, left, then the corners and further out) that stays
 * inside the frame and clear of the labels and boxes already taken; a label with no free
 * spot is left out rather than drawn over another. A label of several lines is placed as
 * one block, centred on its spot (Plot's lineAnchor "middle").
 */
export function placeLabels<T>(
  candidates: readonly LabelCandidate<T>[],
  frame: Box,
  reserved: readonly Box[],
  fontSize: number,
): PlacedLabel<T>[] {
  const taken: Box[] = [...reserved];
  const placed: PlacedLabel<T>[] = [];
  for (const c of candidates) {
    const { w, h } = labelSize(c.text, fontSize);
    const spots: readonly Spot[] = c.spots ?? [
      [c.x, c.y, "middle"],
      [c.x, c.y - h, "middle"],
      [c.x, c.y + h, "middle"],
      [c.x + 6, c.y, "start"],
      [c.x - 6, c.y, "end"],
      [c.x + 6, c.y - h, "start"],
      [c.x - 6, c.y - h, "end"],
      [c.x + 6, c.y + h, "start"],
      [c.x - 6, c.y + h, "end"],
      [c.x, c.y - 2 * h, "middle"],
      [c.x, c.y + 2 * h, "middle"],
      [c.x + 6, c.y - 2 * h, "start"],
      [c.x - 6, c.y - 2 * h, "end"],
      [c.x + 6, c.y + 2 * h, "start"],
      [c.x - 6, c.y + 2 * h, "end"],
    ];
    for (const [tx, ty, anchor] of spots) {
      const x0 = anchor === "start" ? tx : anchor === "end" ? tx - w : tx - w / 2;
      const box = { x0, y0: ty - h / 2, x1: x0 + w, y1: ty + h / 2 };
      const inside =
        box.x0 >= frame.x0 && box.x1 <= frame.x1 && box.y0 >= frame.y0 && box.y1 <= frame.y1;
      if (inside && !taken.some((t) => overlaps(t, box))) {
        taken.push(box);
        placed.push({ ...c, tx, ty, anchor });
        break;
      }
    }
  }
  return placed;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
