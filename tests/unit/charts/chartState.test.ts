import { describe, expect, it } from "vitest";
import { stateEntry, viewOnce } from "../../../src/charts/chartState.ts";
import { chartRecords } from "../../../src/data/chartRecords.ts";
import { shipped } from "../data/fixtures.ts";
import { at, records } from "./records.ts";

describe("stateEntry(graphic, states, name)", () => {
  const states = { overview: { wide: true }, front: { wide: false } };

  it("returns the named state's entry", () => {
    expect(stateEntry("map", states, "front")).toBe(states.front);
  });

  it("names the graphic and the state it does not know", () => {
    expect(() => stateEntry("map", states, "sideways")).toThrow('unknown map state "sideways"');
  });

  it("does not take an object's inherited keys for states", () => {
    expect(() => stateEntry("map", states, "toString")).toThrow('unknown map state "toString"');
  });
});

describe("viewOnce(derive)", () => {
  const counting = () => {
    const calls: string[] = [];
    const view = viewOnce((_records, state) => {
      calls.push(`${state.state} ${state.date}`);
      return { date: state.date };
    });
    return { calls, view };
  };

  it("derives a state's view once and hands every reader the same object", () => {
    const { calls, view } = counting();
    const first = view(records, at("front", "2016-12-01", ["hanano"]));
    const again = view(records, at("front", "2016-12-01", ["hanano"]));
    expect(again).toBe(first);
    expect(calls).toEqual(["front 2016-12-01"]);
  });

  it("derives afresh for another name, date, highlight or set of records", () => {
    const { calls, view } = counting();
    view(records, at("front", "2016-12-01"));
    view(records, at("pocket", "2016-12-01"));
    view(records, at("front", "2016-12-02"));
    view(records, at("front", "2016-12-02", ["sukkari"]));
    view(chartRecords(shipped), at("front", "2016-12-01"));
    expect(calls).toHaveLength(5);
  });

  it("keeps a bounded number of views, dropping the oldest", () => {
    const { calls, view } = counting();
    for (let day = 1; day <= 40; day++)
      view(records, at("front", `2016-12-${String(day).padStart(2, "0")}`));
    view(records, at("front", "2016-12-40"));
    view(records, at("front", "2016-12-01"));
    expect(calls).toHaveLength(41);
  });
});
