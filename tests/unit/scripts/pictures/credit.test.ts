import { describe, expect, it } from "vitest";
import { creditLine } from "../../../../scripts/pictures/credit.ts";

describe("creditLine({ organisation, headline, address })", () => {
  it("names the organisation, the story's address, the source, its text's date and licence", () => {
    expect(
      creditLine({
        organisation: "The Aleppo graphics desk",
        headline: "The fall of east Aleppo",
        address: "https://news.example.org/aleppo/",
      }),
    ).toBe(
      "Graphic: The Aleppo graphics desk, ‘The fall of east Aleppo’, https://news.example.org/aleppo/. Source: Wikipedia, ‘Aleppo offensive (November–December 2016)’, text as of 27 December 2023, CC BY-SA 4.0.",
    );
  });

  it("names the story without an address when the build has none", () => {
    const line = creditLine({ organisation: "Desk", headline: "Story", address: undefined });
    expect(line.startsWith("Graphic: Desk, ‘Story’. Source: Wikipedia")).toBe(true);
  });
});
