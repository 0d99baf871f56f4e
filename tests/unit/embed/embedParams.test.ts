import { describe, expect, it } from "vitest";
import { embedParams, readHeaderTop } from "../../../src/embed/embedParams.ts";

const STATES = ["start", "hanano", "old-city"];
const DEFAULTS = { state: "start", theme: null, transparent: false, steps: true, childId: null };

describe("embedParams(search, states)", () => {
  it("defaults to the first state, the reader's theme, its paper, steps on and no pym parent", () => {
    expect(embedParams("", STATES)).toEqual({ params: DEFAULTS, problems: [] });
  });

  it("reads a known state, a theme, a background, steps=0 and a pym child id", () => {
    expect(
      embedParams(
        "?state=old-city&theme=dark&background=transparent&steps=0&childId=embed-1",
        STATES,
      ).params,
    ).toEqual({
      state: "old-city",
      theme: "dark",
      transparent: true,
      steps: false,
      childId: "embed-1",
    });
  });

  it("takes theme=auto and background=paper as the defaults they name", () => {
    expect(embedParams("?theme=auto&background=paper", STATES)).toEqual({
      params: DEFAULTS,
      problems: [],
    });
  });

  it("reads an address copied out of HTML source, with &amp; for &", () => {
    expect(embedParams("?state=old-city&amp;steps=0&amp;theme=light", STATES)).toEqual({
      params: { ...DEFAULTS, state: "old-city", steps: false, theme: "light" },
      problems: [],
    });
  });

  it("knows what pym.js adds to a frame's address", () => {
    const pym = "?initialWidth=600&childId=embed-map&parentTitle=News&parentUrl=https%3A%2F%2Fx";
    expect(embedParams(pym, STATES).problems).toEqual([]);
  });

  it("names a mistyped setting, and a mistyped value", () => {
    const { params, problems } = embedParams("?stat=hanano&state=old-ctiy", STATES);
    expect(params.state).toBe("start");
    expect(problems).toEqual([
      'state "old-ctiy" is not one of start, hanano, old-city',
      '"stat" is not a setting it knows',
    ]);
  });

  it("falls back on every unknown or malformed value, and names each", () => {
    const { params, problems } = embedParams(
      `?state=${encodeURIComponent("<img src=x onerror=alert(1)>")}&theme=javascript:alert(1)&background=red&steps=1e999&childId=${encodeURIComponent('a"><script>')}`,
      STATES,
    );
    expect(params).toEqual(DEFAULTS);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^state "<img src=x onerror=alert\(1\)>" is not one of start/);
  });

  it("cuts a long value short in its warning", () => {
    const { problems } = embedParams(`?theme=${"x".repeat(5000)}`, STATES);
    expect((problems[0] ?? "").length).toBeLessThan(80);
  });
});

describe("readHeaderTop(query, problems)", () => {
  const read = (search: string) => {
    const problems: string[] = [];
    return { top: readHeaderTop(new URLSearchParams(search), problems), problems };
  };

  it("is 0 when the host has no sticky header to tell of", () => {
    expect(read("?childId=story")).toEqual({ top: 0, problems: [] });
  });

  it("reads the header's height in whole pixels, up to 400", () => {
    expect(read("?top=60")).toEqual({ top: 60, problems: [] });
    expect(read("?top=0").top).toBe(0);
    expect(read("?top=400").top).toBe(400);
  });

  it("falls back to 0 on anything else, and says why", () => {
    for (const asked of ["401", "-60", "60px", "6e1", "", "1000000"]) {
      const { top, problems } = read(`?top=${asked}`);
      expect(top, asked).toBe(0);
      expect(problems, asked).toEqual([
        `top ${JSON.stringify(asked)} is not a whole number of pixels from 0 to 400`,
      ]);
    }
  });
});
