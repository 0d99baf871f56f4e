import type { Markish } from "@observablehq/plot";

/**
 * SVG pattern definitions as a Plot mark, so a chart can fill with `url(#hatch-…)`:
 * hatching marks contested ground without relying on colour.
 */
export function hatchDefs(patterns: { id: string; background: string; stripe: string }[]): Markish {
  return (_index, _scales, _values, _dimensions, context) => {
    const ns = "http://www.w3.org/2000/svg";
    const doc = context.document;
    const defs = doc.createElementNS(ns, "defs");
    for (const { id, background, stripe } of patterns) {
      const pattern = doc.createElementNS(ns, "pattern");
      pattern.setAttribute("id", id);
      pattern.setAttribute("width", "6");
      pattern.setAttribute("height", "6");
      pattern.setAttribute("patternUnits", "userSpaceOnUse");
      pattern.setAttribute("patternTransform", "rotate(45)");
      const rect = doc.createElementNS(ns, "rect");
      rect.setAttribute("width", "6");
      rect.setAttribute("height", "6");
      rect.setAttribute("fill", background);
      const line = doc.createElementNS(ns, "rect");
      line.setAttribute("width", "3");
      line.setAttribute("height", "6");
      line.setAttribute("fill", stripe);
      pattern.append(rect, line);
      defs.append(pattern);
    }
    return defs as unknown as SVGElement;
  };
}
