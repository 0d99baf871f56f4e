import { PRINT_ADDRESS } from "../pageContract.ts";

/**
 * The printed copy's closing address (#22) where the build had no public address to write:
 * the address the page was opened at, without its query or beat (`#…`). The line stays
 * hidden until it has one, so nothing empty is printed.
 */
export function fillPrintAddress(doc: Document, href: string): void {
  const address = href.replace(/[?#].*$/, "");
  for (const el of doc.querySelectorAll(PRINT_ADDRESS.selector)) {
    if (el.textContent?.trim()) continue;
    el.textContent = address;
    el.parentElement?.removeAttribute("hidden");
  }
}
