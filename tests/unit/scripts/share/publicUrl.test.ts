import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  addressFrom,
  buildPublicUrl,
  isPublishing,
  momentPath,
  momentUrl,
  NO_PUBLIC_URL,
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

describe("buildPublicUrl(env): a publishing build and its public address", () => {
  const BASE = "https://news.example.org/aleppo/";

  it("refuses a publishing build without the address, in one line that says how", () => {
    for (const env of [{ STORY_PUBLISH: "1" }, { STORY_PUBLISH: "1", STORY_PUBLIC_URL: " " }]) {
      let refusal: unknown;
      try {
        buildPublicUrl(env);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(Error);
      expect((refusal as Error).message).toBe(
        "STORY_PUBLIC_URL is not set: a publishing build needs the story's public address, e.g. STORY_PUBLIC_URL=https://example.org/aleppo/ npm run build:publish",
      );
      // As Vite's report prints it: the line alone, no stack.
      expect(inspect(refusal)).toBe(NO_PUBLIC_URL);
      expect(inspect(refusal)).not.toContain("\n");
    }
  });

  it("gives a publishing build its address", () => {
    expect(buildPublicUrl({ STORY_PUBLISH: "1", STORY_PUBLIC_URL: BASE })).toBe(BASE);
  });

  it("lets a preview build go on without one, relative, as before", () => {
    expect(buildPublicUrl({})).toBeUndefined();
    expect(buildPublicUrl({ STORY_PUBLISH: "0" })).toBeUndefined();
    expect(buildPublicUrl({ STORY_PUBLIC_URL: BASE })).toBe(BASE);
  });

  it("refuses a publishing flag it cannot read, even with the address", () => {
    expect(isPublishing({ STORY_PUBLISH: " 1 " })).toBe(true);
    expect(() => buildPublicUrl({ STORY_PUBLISH: "yes", STORY_PUBLIC_URL: BASE })).toThrow(
      'STORY_PUBLISH="yes" must be 1',
    );
  });

  it("is what npm run build:publish sets", async () => {
    const { readFile } = await import("node:fs/promises");
    const pkg = JSON.parse(
      await readFile(new URL("../../../../package.json", import.meta.url), "utf8"),
    );
    expect(pkg.scripts["build:publish"]).toBe("STORY_PUBLISH=1 vite build");
  });
});
