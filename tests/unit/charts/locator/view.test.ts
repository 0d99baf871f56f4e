import { describe, expect, it } from "vitest";
import { LOCATOR_STATES } from "../../../../src/charts/locator/states.ts";
import { locatorState, locatorView } from "../../../../src/charts/locator/view.ts";
import { OFFENSIVE_END } from "../../../../src/dates.ts";
import { records } from "../records.ts";

const at = (state: string) => ({ state, date: OFFENSIVE_END, highlight: [] });

describe("locatorView(records, state)", () => {
  it("marks only places of data/places.csv, Aleppo in every state", () => {
    const ids = new Set(records.data.places.map((p) => p.id));
    for (const [name, state] of Object.entries(LOCATOR_STATES)) {
      for (const id of state.places) expect(ids.has(id), `${name}: ${id}`).toBe(true);
      expect(state.places, name).toContain("aleppo");
    }
  });

  it("singles out the place each state is about", () => {
    expect(locatorView(records, at("where")).places[0]?.name).toBe("Aleppo");
    expect(locatorView(records, at("palmyra")).places[0]?.name).toBe("Palmyra");
  });

  it("writes the state's note with the edition's dates", () => {
    expect(locatorView(records, at("evacuation")).note).toContain("Deal of 13 Dec");
    expect(locatorView(records, at("where")).note).toContain("15 Nov");
  });

  it("refuses a state it does not have", () => {
    expect(() => locatorState("overview")).toThrow('unknown locator state "overview"');
  });
});
