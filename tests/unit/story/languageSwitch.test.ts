import { describe, expect, it } from "vitest";
import { atBeat } from "../../../src/story/languageSwitch.ts";

describe("atBeat(href, beatId)", () => {
  it("points the other edition's address at the beat, replacing any beat it had", () => {
    expect(atBeat("ar/", "the-dead")).toBe("ar/#the-dead");
    expect(atBeat("../#old", "divided-city")).toBe("../#divided-city");
    expect(atBeat("https://example.org/aleppo/ar/list.html", "x")).toBe(
      "https://example.org/aleppo/ar/list.html#x",
    );
  });
});
