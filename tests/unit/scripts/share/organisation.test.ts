import { describe, expect, it } from "vitest";
import { organisation } from "../../../../scripts/share/organisation.ts";

describe("organisation(env)", () => {
  it("is STORY_ORG when set, trimmed, and the desk's name otherwise", () => {
    expect(organisation({ STORY_ORG: " Example News " })).toBe("Example News");
    expect(organisation({})).toBe("The Aleppo graphics desk");
    expect(organisation({ STORY_ORG: "  " })).toBe("The Aleppo graphics desk");
  });
});
