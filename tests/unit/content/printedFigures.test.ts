import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWN_STATES } from "../../../src/charts/registry.ts";
import { parseStory } from "../../../src/content/parseStory.ts";
import { printedFigures } from "../../../src/content/printedFigures.ts";
import { shippedStory } from "./shippedStory.ts";

const beat = (id: string, graphic: string, state: string) => ({ id, graphic, state });

describe("printedFigures", () => {
  it("prints the first beat's picture, and each where the graphic or state changes", () => {
    const beats = [
      beat("a", "map", "front"),
      beat("b", "map", "front"),
      beat("c", "map", "pocket"),
      beat("d", "control", "pocket"),
      beat("e", "control", "pocket"),
      beat("f", "map", "pocket"),
    ];
    expect([...printedFigures(beats)]).toEqual(["a", "c", "d", "f"]);
  });

  it("prints nothing for no beats", () => {
    expect(printedFigures([]).size).toBe(0);
  });

  it("leaves out of print each shipped beat that repeats the graphic and state before", () => {
    const { beats } = shippedStory;
    const printed = printedFigures(beats);
    beats.forEach((b, i) => {
      const before = beats[i - 1];
      const repeats = before?.graphic === b.graphic && before?.state === b.state;
      expect(printed.has(b.id), b.id).toBe(!repeats);
    });
    expect(printed.size).toBeLessThan(beats.length);
  });

  it("prints the same beats' pictures in the Arabic edition", () => {
    const file = "src/content/story.ar.aml";
    const copy = readFileSync(join(import.meta.dirname, "../../..", file), "utf8");
    const arabic = parseStory(copy, file, KNOWN_STATES);
    expect([...printedFigures(arabic.beats)]).toEqual([...printedFigures(shippedStory.beats)]);
  });
});
