import { describe, expect, it } from "vitest";
import { embedParams, readHeaderTop } from "../../../src/embed/embedParams.ts";

const STATES = ["start", "hanano", "old-city"];
const DEFAULTS = {
  state: "start",
  beat: null,
  theme: null,
  transparent: false,
  steps: true,
  childId: null,
};

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
      beat: null,
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

const BEATS = [
  { id: "offensive-announced", formerly: ["russian-fleet", "fleet-sails"] },
  { id: "hanano-falls", formerly: [] },
  { id: "old-city-falls", formerly: ["seventy-percent"] },
];

describe("embedParams(search, states, beats)", () => {
  it("reads a beat of the graphic, and keeps the state's default", () => {
    expect(embedParams("?beat=hanano-falls&steps=0", STATES, BEATS)).toEqual({
      params: { ...DEFAULTS, beat: "hanano-falls", steps: false },
      problems: [],
    });
  });

  it("reads a beat's old id as the beat that holds its words now", () => {
    expect(embedParams("?beat=seventy-percent", STATES, BEATS).params.beat).toBe("old-city-falls");
    expect(embedParams("?beat=fleet-sails", STATES, BEATS).params.beat).toBe("offensive-announced");
  });

  it("names a mistyped beat, and falls back on the states", () => {
    const { params, problems } = embedParams("?beat=hanano-fals", STATES, BEATS);
    expect(params).toEqual(DEFAULTS);
    expect(problems).toEqual([
      'beat "hanano-fals" is not one of offensive-announced, hanano-falls, old-city-falls',
    ]);
  });

  it("names a beat of another graphic as mistyped too", () => {
    expect(embedParams("?beat=lines-break", STATES, BEATS).problems).toHaveLength(1);
  });

  it("lets a beat decide over a state, and says so", () => {
    const { params, problems } = embedParams("?state=old-city&beat=hanano-falls", STATES, BEATS);
    expect(params).toMatchObject({ state: "old-city", beat: "hanano-falls" });
    expect(problems).toEqual(['state "old-city" gives way to beat "hanano-falls"']);
  });

  it("takes nothing but a beat's own name: no markup, no prototype's key", () => {
    for (const asked of ["<img src=x onerror=alert(1)>", "constructor", "__proto__", ""])
      expect(embedParams(`?beat=${encodeURIComponent(asked)}`, STATES, BEATS).params.beat).toBe(
        null,
      );
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
