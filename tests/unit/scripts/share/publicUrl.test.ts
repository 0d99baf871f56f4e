import { describe, expect, it } from "vitest";
import {
  addressFrom,
  momentPath,
  momentUrl,
  publicUrl,
} from "../../../../scripts/share/publicUrl.ts";

describe("publicUrl(env)", () => {
  it("is undefined when STORY_PUBLIC_URL is unset or blank", () => {
    expect(publicUrl({})).toBeUndefined();
    expect(publicUrl({ STORY_PUBLIC_URL: " " })).toBeUndefined();
  });

  it("gives the story's folder, ending in a slash, whichever way it was written", () => {
    for (const value of [
      "https://news.example.org/aleppo",
      "https://news.example.org/aleppo/",
      "https://news.example.org/aleppo/index.html",
      "https://news.example.org/aleppo/?utm=x#top",
    ])
      expect(publicUrl({ STORY_PUBLIC_URL: value }), value).toBe(
        "https://news.example.org/aleppo/",
      );
  });

  it("refuses what a crawler could not fetch, naming the setting", () => {
    expect(() => publicUrl({ STORY_PUBLIC_URL: "news.example.org" })).toThrow(
      'STORY_PUBLIC_URL="news.example.org" is not an address',
    );
    expect(() => publicUrl({ STORY_PUBLIC_URL: "file:///tmp/dist" })).toThrow(/http/);
  });
});

describe("momentUrl(beatId, base)", () => {
  it("is the beat's card page: absolute with a public address, relative without", () => {
    expect(momentPath("hanano-falls")).toBe("moments/hanano-falls.html");
    expect(momentUrl("hanano-falls", undefined)).toBe("moments/hanano-falls.html");
    expect(momentUrl("hanano-falls", "https://news.example.org/aleppo/")).toBe(
      "https://news.example.org/aleppo/moments/hanano-falls.html",
    );
  });
});

describe("addressFrom(from, path, base)", () => {
  it("climbs out of the page's folder, or gives the public address", () => {
    expect(addressFrom("moments/a.html", "cards/a.png", undefined)).toBe("../cards/a.png");
    expect(addressFrom("index.html", "cards/a.png", undefined)).toBe("cards/a.png");
    expect(addressFrom("moments/a.html", "cards/a.png", "https://x.org/s/")).toBe(
      "https://x.org/s/cards/a.png",
    );
  });
});
