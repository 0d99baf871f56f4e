import { describe, expect, it } from "vitest";
import * as standIn from "../../../src/vendor/d3ScaleChromaticStandIn.ts";

describe("d3ScaleChromaticStandIn, the build's d3-scale-chromatic", () => {
  it("throws, naming the scheme, when a chart reads a colour from one", () => {
    const { schemeTableau10, interpolateViridis } = standIn;
    const message =
      /^Plot asked for the colour scheme (\w+): charts must set their colours from tokens\.ts$/;
    expect(() => schemeTableau10[0]).toThrow(message);
    expect(() => schemeTableau10[0]).toThrow(/schemeTableau10/);
    expect(() => interpolateViridis(0.5)).toThrow(message);
    expect(() => interpolateViridis(0.5)).toThrow(/interpolateViridis/);
  });
});
