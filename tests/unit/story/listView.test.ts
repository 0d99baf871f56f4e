import { describe, expect, it } from "vitest";
import { listViewAddress } from "../../../src/story/listView.ts";

describe("listViewAddress", () => {
  it("forwards an old ?view=list address to the list page, keeping the beat", () => {
    expect(listViewAddress({ search: "?view=list", hash: "#hanano-falls" })).toBe(
      "list.html#hanano-falls",
    );
  });

  it("keeps any other parameter", () => {
    expect(listViewAddress({ search: "?keys=off&view=list", hash: "" })).toBe("list.html?keys=off");
  });

  it("leaves the story where it is otherwise", () => {
    expect(listViewAddress({ search: "", hash: "#hanano-falls" })).toBeNull();
    expect(listViewAddress({ search: "?view=story", hash: "" })).toBeNull();
    expect(listViewAddress({ search: "?overview=list", hash: "" })).toBeNull();
  });
});
