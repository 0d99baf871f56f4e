import { describe, expect, it } from "vitest";
import { html, SafeHtml } from "../../../../src/html.ts";
import { LATIN_ALLOWED_KIT } from "../../../../src/locale/latinAllowed.ts";
import { arKit } from "../../../../src/locale/page/kit/ar.ts";
import { enKit } from "../../../../src/locale/page/kit/en.ts";
import {
  arKitClient,
  enKitClient,
  kitClientWordsFor,
} from "../../../../src/locale/page/kitClient.ts";

/** Every word of a table, functions called with sample values (digits, "x"), as text. */
function everyWord(table: object, at = ""): [string, string][] {
  const sample = html`x`;
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const path = `${at}${key}`;
    if (value instanceof SafeHtml) return [[path, value.text]];
    if (Array.isArray(value)) return value.map((v, i) => [`${path}.${i}`, String(v)]);
    if (typeof value === "object") return everyWord(value, `${path}.`);
    if (typeof value !== "function") return [[path, String(value)]];
    const pieces = { organisation: "x", story: sample, source: "x", date: "1", licence: sample };
    const takesPieces = /^(?:credit|republishing$|iframeNote$)/.test(key);
    const made = takesPieces
      ? value({ ...pieces, fixed: 1, from: 2, to: 3, columns: "x" })
      : value("x", "x", "x");
    const text = Array.isArray(made) ? made.join(" ") : String(made);
    return [[path, text]];
  });
}

const latinIn = (text: string) =>
  LATIN_ALLOWED_KIT.reduce((s, allowed) => s.replace(allowed, " "), text)
    .replace(/<[^>]+>/g, " ")
    .replace(/\bx\b/g, " ")
    .match(/[A-Za-z]{2,}/g) ?? [];

describe("the kit's words (src/locale/page/kit)", () => {
  it("has every English key in Arabic, none empty", () => {
    const keys = (t: object) => everyWord(t).map(([k]) => k);
    expect(keys(arKit)).toEqual(keys(enKit));
    for (const [key, text] of everyWord(arKit)) expect(text.trim(), key).not.toBe("");
    expect(Object.keys(arKitClient)).toEqual(Object.keys(enKitClient));
  });

  it("writes English as the kit always has", () => {
    const story = "‘The fall of east Aleppo’";
    expect(
      enKit.creditText({ organisation: "O", story, source: "S", date: "D", licence: "L" }),
    ).toBe("Graphic: O, ‘The fall of east Aleppo’. Source: Wikipedia, ‘S’, text as of D, L.");
    expect(enKit.momentTitle(enKit.momentName("5 December 2016", "Hed"), "H")).toBe(
      "5 December 2016: Hed — H",
    );
    expect(enKitClient.stepCount(3, 8)).toBe(", 3 of 8");
  });

  it("writes Arabic with no Latin word but those LATIN_ALLOWED_KIT allows", () => {
    for (const [key, text] of [...everyWord(arKit), ...everyWord(arKitClient)])
      expect(latinIn(text), key).toEqual([]);
    expect(
      latinIn(
        everyWord(enKit)
          .map(([, t]) => t)
          .join(" "),
      ).length,
    ).toBeGreaterThan(100);
  });

  it("chooses the browser's words by the page's language, English for any other", () => {
    expect(kitClientWordsFor("ar")).toBe(arKitClient);
    expect(kitClientWordsFor("en-GB")).toBe(enKitClient);
    expect(kitClientWordsFor("fr")).toBe(enKitClient);
  });
});
