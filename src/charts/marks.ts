import type { Markish } from "@observablehq/plot";

/** A fill that does not rely on colour: diagonal bands, dots, or thin level lines. */
export interface Texture {
  id: string;
  background: string;
  /** The colour of the bands, dots or lines. */
  stripe: string;
  kind?: "hatch" | "dots" | "lines";
}

/**
 * SVG pattern definitions as a Plot mark, so a chart can fill with `url(#…)`: a texture
 * tells the sides of the map apart without relying on colour (hatching marks contested
 * ground).
 */
export function hatchDefs(patterns: Texture[]): Markish {
  return (_index, _scales, _values, _dimensions, context) => {
    const ns = "http://www.w3.org/2000/svg";
    const doc = context.document;
    const defs = doc.createElementNS(ns, "defs");
    const shape = (tag: string, attrs: Record<string, string>) => {
      const el = doc.createElementNS(ns, tag);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      return el;
    };
    for (const { id, background, stripe, kind = "hatch" } of patterns) {
      const side = kind === "hatch" ? 6 : 5;
      const pattern = shape("pattern", {
        id,
        width: `${side}`,
        height: `${side}`,
        patternUnits: "userSpaceOnUse",
        ...(kind === "hatch" ? { patternTransform: "rotate(45)" } : {}),
      });
      const mark =
        kind === "dots"
          ? shape("circle", { cx: "2.5", cy: "2.5", r: "1", fill: stripe })
          : kind === "lines"
            ? shape("rect", { width: "5", height: "1", fill: stripe })
            : shape("rect", { width: "3", height: "6", fill: stripe });
      pattern.append(
        shape("rect", { width: `${side}`, height: `${side}`, fill: background }),
        mark,
      );
      defs.append(pattern);
    }
    return defs as unknown as SVGElement;
  };
}
