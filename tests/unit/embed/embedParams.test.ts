import { describe, expect, it } from "vitest";
import { embedParams } from "../../../src/embed/embedParams.ts";

const STATES = ["start", "hanano", "old-city"];

describe("embedParams(search, states)", () => {
  it("defaults to the first state, the reader's theme, steps on and no pym parent", () => {
    expect(embedParams("", STATES)).toEqual({
      params: { state: "start", theme: null, steps: true, childId: null },
      problems: [],
    });
  });

  it("reads a known state, a theme, steps=0 and a pym child id", () => {
    expect(
      embedParams("?state=old-city&theme=dark&steps=0&childId=embed-1", STATES).params,
    ).toEqual({ state: "old-city", theme: "dark", steps: false, childId: "embed-1" });
  });

  it("falls back on every unknown or malformed value, and names each", () => {
    const { params, problems } = embedParams(
      `?state=${encodeURIComponent("<img src=x onerror=alert(1)>")}&theme=javascript:alert(1)&steps=1e999&childId=${encodeURIComponent('a"><script>')}`,
      STATES,
    );
    expect(params).toEqual({ state: "start", theme: null, steps: true, childId: null });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^state "<img src=x onerror=alert\(1\)>" is not one of start/);
  });

  it("cuts a long value short in its warning", () => {
    const { problems } = embedParams(`?theme=${"x".repeat(5000)}`, STATES);
    expect((problems[0] ?? "").length).toBeLessThan(80);
  });
});
