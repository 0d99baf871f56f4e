/**
 * Plot labels its groups with aria-label, which axe rejects on plain <g> elements. Each
 * chart carries one accessible name instead: the description of its state, on the root.
 */
export function labelSvg(svg: Element, description: string): void {
  for (const node of svg.querySelectorAll("[aria-label]")) {
    // Kept as data-mark, so an animation can tell the marks of two drawings apart.
    node.setAttribute("data-mark", node.getAttribute("aria-label") ?? "");
    node.removeAttribute("aria-label");
  }
  for (const node of svg.querySelectorAll("[aria-description]"))
    node.removeAttribute("aria-description");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", description);
}
