import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { PRINT_ADDRESS } from "../../../src/pageContract.ts";
import { fillPrintAddress } from "../../../src/story/printAddress.ts";

const page = (address: string, hidden: boolean) =>
  parseHTML(
    `<html><body><p id="line"${hidden ? " hidden" : ""}>Online: <span ${PRINT_ADDRESS.name}>${address}</span></p></body></html>`,
  ).document;

describe("fillPrintAddress", () => {
  it("fills an empty address from the page's, without its query or beat, and shows it", () => {
    const doc = page("", true);
    fillPrintAddress(doc, "https://example.org/aleppo/ar/?x=1#hanano-falls");
    expect(doc.querySelector(PRINT_ADDRESS.selector)?.textContent).toBe(
      "https://example.org/aleppo/ar/",
    );
    expect(doc.getElementById("line")?.hasAttribute("hidden")).toBe(false);
  });

  it("keeps the public address the build wrote", () => {
    const doc = page("https://example.org/aleppo/", false);
    fillPrintAddress(doc, "http://localhost:4173/#the-dead");
    expect(doc.querySelector(PRINT_ADDRESS.selector)?.textContent).toBe(
      "https://example.org/aleppo/",
    );
  });
});
