import { longDate } from "../dates.ts";
import type { Edition } from "../locale/types.ts";
import { MARK } from "../pageContract.ts";
import type { GraphicDefinition, GraphicState } from "./types.ts";

/**
 * A picture's short name ("District map, 28 November 2016"): what it is and when. What it
 * shows is said once, in the figure's caption, not again in the picture's name.
 */
export function pictureName(
  definition: GraphicDefinition,
  state: GraphicState,
  edition: Edition,
): string {
  return edition.common.pictureName(definition.shortTitle(edition), longDate(state.date, edition));
}

/**
 * Plot labels its groups with aria-label, which axe rejects on plain <g> elements. Each
 * chart carries one accessible name instead, on the root, and everything drawn inside it
 * (axis numbers included) is hidden from assistive technology: the figure's caption says
 * what it shows, and the data tables carry every figure.
 */
export function labelSvg(svg: Element, name: string): void {
  for (const node of svg.querySelectorAll("[aria-label]")) {
    // Kept as the MARK attribute, so an animation can tell the marks of two drawings apart.
    MARK.set(node, node.getAttribute("aria-label") ?? "");
    node.removeAttribute("aria-label");
  }
  for (const node of svg.querySelectorAll("[aria-description]"))
    node.removeAttribute("aria-description");
  for (const child of svg.children) {
    if (child.localName !== "style" && child.localName !== "defs")
      child.setAttribute("aria-hidden", "true");
  }
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", name);
}
