import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { creditHtml, creditLine } from "../../../../scripts/pictures/credit.ts";

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

describe("creditHtml({ organisation, headline, address })", () => {
  const of = { organisation: "A <b>desk</b>", headline: "Story", address: "../index.html" };

  it("reads as the credit line does, with the story and licence linked out of the frame", () => {
    const { document: doc } = parseHTML(`<p>${creditHtml(of).text}</p>`);
    expect(doc.querySelector("p")?.textContent).toBe(
      creditLine(of).replace(", ../index.html.", "."),
    );
    const links = [...doc.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "../index.html",
      "https://creativecommons.org/licenses/by-sa/4.0/",
    ]);
    for (const a of links) expect(a.getAttribute("target")).toBe("_top");
  });

  it("escapes what the build is given", () => {
    expect(creditHtml(of).text).toContain("A &lt;b&gt;desk&lt;/b&gt;");
  });
});
