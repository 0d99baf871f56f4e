import { describe, expect, it } from "vitest";
import { momentNames } from "../../../scripts/prerender/momentNames.ts";
import type { Beat } from "../../../src/content/story.ts";

const beat = (id: string, date: string, text: string): Beat => ({
  id,
  hed: "A moment",
  section: "A divided city",
  date,
  graphic: "map",
  state: "front",
  text,
  highlight: [],
  formerly: [],
  contentNote: undefined,
  line: 1,
});

describe("momentNames(beats)", () => {
  it("names a moment by its date and its opening words, never its id", () => {
    const names = momentNames([beat("hanano-falls", "2016-11-26", "Rebels lost Hanano that day.")]);
    expect(names.get("hanano-falls")).toBe("26 November, Rebels lost Hanano that…");
  });

  it("leaves out a date the text opens with, since the name already has one", () => {
    const names = momentNames([
      beat("a", "2016-12-08", "On 8 December the army opened the road."),
      beat("b", "2016-11-28", "By the evening of 28 November, only 500 metres separated them."),
      beat("c", "2016-12-20", "Another deal, reached on 19 December, covered other towns."),
    ]);
    expect(names.get("a")).toBe("8 December, the army opened the…");
    expect(names.get("b")).toBe("28 November, only 500 metres separated…");
    expect(names.get("c")).toBe("20 December, Another deal, reached on…");
  });

  it("takes as many words as keep two moments of one date apart", () => {
    const names = momentNames([
      beat("a", "2016-12-13", "Reports of killings followed in the east."),
      beat("b", "2016-12-13", "Reports of killings followed by denials."),
      beat("c", "2016-12-14", "Reports of killings followed in the east."),
    ]);
    expect(names.get("a")).toBe("13 December, Reports of killings followed in…");
    expect(names.get("b")).toBe("13 December, Reports of killings followed by…");
    expect(names.get("c")).toBe("14 December, Reports of killings followed…");
  });

  it("ends a short text without an ellipsis", () => {
    expect(momentNames([beat("a", "2016-12-22", "It ended.")]).get("a")).toBe(
      "22 December, It ended",
    );
  });
});
