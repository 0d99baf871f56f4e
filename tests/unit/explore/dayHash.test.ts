import { describe, expect, it } from "vitest";
import { dayFromHash, dayHash } from "../../../src/explore/dayHash.ts";

describe("dayHash and dayFromHash", () => {
  it("link a day as #explore-<date> and read it back", () => {
    expect(dayHash("2016-12-06")).toBe("#explore-2016-12-06");
    expect(dayFromHash("#explore-2016-12-06")).toBe("2016-12-06");
  });

  it("read no day from a beat's hash, an empty one, or a day outside the offensive", () => {
    expect(dayFromHash("#hanano-falls")).toBeNull();
    expect(dayFromHash("")).toBeNull();
    expect(dayFromHash("#explore-2016-12-23")).toBeNull();
    expect(dayFromHash("#explore-2016-02-30")).toBeNull();
    expect(dayFromHash("#explore-")).toBeNull();
  });
});
