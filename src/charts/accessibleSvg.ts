/**
 * Plot labels its groups with aria-label, which axe rejects on plain <g> elements. Each
 * chart carries one accessible name instead: the description of its state, on the root.
 */
export function labelSvg(svg: Element, description: string): void {
  for (const node of svg.querySelectorAll("[aria-label]")) node.removeAttribute("aria-label");
  for (const node of svg.querySelectorAll("[aria-description]"))
    node.removeAttribute("aria-description");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", description);
}
