import { describe, expect, it } from "vitest";
import { DEFAULT_ORGANISATION, organisation } from "../../../../scripts/share/organisation.ts";

describe("organisation(env)", () => {
  it("is the desk's default name when STORY_ORGANISATION is unset or blank", () => {
    expect(DEFAULT_ORGANISATION).toBe("The Aleppo graphics desk");
    expect(organisation({})).toBe(DEFAULT_ORGANISATION);
    expect(organisation({ STORY_ORGANISATION: "  " })).toBe(DEFAULT_ORGANISATION);
  });

  it("is the setting, trimmed, when given", () => {
    expect(organisation({ STORY_ORGANISATION: " News Example " })).toBe("News Example");
  });
});
