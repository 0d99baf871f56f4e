import type { Anchor } from "./labelPlacement.ts";

/** A drawing's reading direction: the edition's (`edition.dir`). */
export type Direction = "ltr" | "rtl";

/**
 * The SVG `text-anchor` that puts a text's visual edge at its x in a drawing of direction
 * `dir`. Every chart is specified in visual terms: an anchor names the edge as it is drawn,
 * "start" the left, "end" the right (what SVG means by them left to right). In a right-to-left
 * drawing SVG reads `text-anchor` in the text's direction ("start" is the right end), so the
 * two swap; "middle" is the middle either way.
 */
export function svgAnchor(visual: Anchor, dir: Direction): Anchor {
  if (dir === "ltr" || visual === "middle") return visual;
  return visual === "start" ? "end" : "start";
}

/**
 * Gives a chart's drawing its own direction, so the page's (`<html dir>`) never changes it,
 * and turns every anchor Plot wrote (our marks' and its axes', all visual) into SVG's for
 * that direction: the one place a drawing's anchors are converted.
 */
export function directSvg(svg: Element, dir: Direction): void {
  svg.setAttribute("direction", dir);
  if (dir === "ltr") return;
  const anchored = [svg, ...svg.querySelectorAll("[text-anchor]")];
  for (const el of anchored) {
    const anchor = el.getAttribute("text-anchor");
    if (anchor === "start" || anchor === "end" || anchor === "middle")
      el.setAttribute("text-anchor", svgAnchor(anchor, dir));
  }
}
