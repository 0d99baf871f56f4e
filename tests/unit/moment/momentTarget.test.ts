import { describe, expect, it } from "vitest";
import { momentTarget } from "../../../src/moment/momentTarget.ts";

const PAGE = "https://news.example.org/aleppo/moments/hanano-falls.html";

describe("momentTarget(pageUrl, beat, story)", () => {
  it("is the story at the beat, from the page's own address", () => {
    expect(momentTarget(PAGE, "hanano-falls", "../index.html")).toBe(
      "https://news.example.org/aleppo/index.html#hanano-falls",
    );
  });

  it("stays on whatever origin serves the page", () => {
    const mirror = "http://127.0.0.1:5000/copy/moments/airport-road.html";
    expect(momentTarget(mirror, "airport-road", "../index.html")).toBe(
      "http://127.0.0.1:5000/copy/index.html#airport-road",
    );
  });

  it("replaces any fragment the story address had", () => {
    expect(momentTarget(PAGE, "hanano-falls", "../index.html#top")).toBe(
      "https://news.example.org/aleppo/index.html#hanano-falls",
    );
  });

  it("is undefined when the page names no beat or no story, or another origin", () => {
    expect(momentTarget(PAGE, undefined, "../index.html")).toBeUndefined();
    expect(momentTarget(PAGE, "hanano-falls", undefined)).toBeUndefined();
    expect(momentTarget(PAGE, "", "../index.html")).toBeUndefined();
    expect(momentTarget(PAGE, "hanano-falls", "https://elsewhere.example/")).toBeUndefined();
    expect(momentTarget(PAGE, "hanano-falls", "//elsewhere.example/")).toBeUndefined();
  });
});
